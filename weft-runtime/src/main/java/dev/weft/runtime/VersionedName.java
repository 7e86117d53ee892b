package dev.weft.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name with a semver version ({@code wasi:io/streams@0.2.12}), for matching imports to host definitions (and
 * {@code --invoke} names to exports) the way Wasmtime's {@code NameMap} does: same unversioned name, and versions
 * equal up to the first non-zero component, so {@code 0.2.0} matches {@code 0.2.12}, {@code 1.0.0} matches
 * {@code 1.3.1}, and {@code 0.0.1} only itself. A pre-release ({@code 0.3.0-rc.1}) matches only itself; build
 * metadata ({@code 1.0.0+abc}) does not matter. A version that is not semver (leading zeros, missing parts) matches
 * only itself.
 */
record VersionedName(String unversioned, long major, long minor, long patch, String preRelease)
        implements Comparable<VersionedName> {
    private static final String NUMBER = "(0|[1-9]\\d*)";
    private static final String IDENTIFIERS = "[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*";
    private static final Pattern FORM = Pattern.compile("([^@]+)@" + NUMBER + "\\." + NUMBER + "\\." + NUMBER
            + "(?:-(" + IDENTIFIERS + "))?(?:\\+" + IDENTIFIERS + ")?");

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

    /**
     * {@code name} in {@code map}: the exact entry, else the entry of the highest semver-compatible version (as
     * Wasmtime's {@code NameMap::get}).
     */
    static <V> Optional<V> lookup(Map<String, V> map, String name) {
        V exact = map.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        Optional<VersionedName> wanted = parse(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        V best = null;
        VersionedName bestVersion = null;
        for (Map.Entry<String, V> e : map.entrySet()) {
            Optional<VersionedName> candidate = parse(e.getKey());
            if (candidate.isPresent() && wanted.get().isCompatibleWith(candidate.get())
                    && (bestVersion == null || candidate.get().compareTo(bestVersion) > 0)) {
                best = e.getValue();
                bestVersion = candidate.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Wasmtime's {@code alternate_lookup_key}: both names are on the same compatible track. */
    boolean isCompatibleWith(VersionedName other) {
        if (!unversioned.equals(other.unversioned) || !preRelease.isEmpty() || !other.preRelease.isEmpty()) {
            return false;
        }
        if (major != other.major) {
            return false;
        }
        if (major > 0) {
            return true;
        }
        return minor == other.minor && minor > 0;
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
