package dev.weft.runtime;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interface name with a semver version ({@code wasi:io/streams@0.2.12}), for matching imports to host
 * definitions the way Wasmtime does: same interface, and versions equal up to the first non-zero component
 * (so {@code 0.2.0} matches {@code 0.2.12}, {@code 1.0.0} matches {@code 1.3.1}, {@code 0.0.1} only itself).
 */
record VersionedName(String unversioned, long major, long minor, long patch, String suffix)
        implements Comparable<VersionedName> {
    private static final Pattern FORM = Pattern.compile("(.+)@(\\d+)\\.(\\d+)\\.(\\d+)([-+].*)?");

    static Optional<VersionedName> parse(String name) {
        Matcher m = FORM.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new VersionedName(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4)), m.group(5) == null ? "" : m.group(5)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean isCompatibleWith(VersionedName other) {
        if (!unversioned.equals(other.unversioned) || !suffix.isEmpty() || !other.suffix.isEmpty()) {
            return false;
        }
        if (major != other.major) {
            return false;
        }
        if (major > 0) {
            return true;
        }
        if (minor != other.minor) {
            return false;
        }
        return minor > 0 || patch == other.patch;
    }

    @Override
    public int compareTo(VersionedName o) {
        int c = Long.compare(major, o.major);
        if (c == 0) {
            c = Long.compare(minor, o.minor);
        }
        return c != 0 ? c : Long.compare(patch, o.patch);
    }
}
