package dev.weft.wit.resolve;

import java.util.Optional;

/** A package name {@code namespace:name@version}. */
public record PackageName(String namespace, String name, Optional<String> version) {

    /** Parses {@code ns:name} or {@code ns:name@version} (no validation of the parts). */
    public static PackageName parse(String text) {
        int at = text.indexOf('@');
        String base = at < 0 ? text : text.substring(0, at);
        int colon = base.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("package name without `:`: " + text);
        }
        return new PackageName(base.substring(0, colon), base.substring(colon + 1),
                at < 0 ? Optional.empty() : Optional.of(text.substring(at + 1)));
    }

    /** The fully qualified name of an interface or world of this package: {@code ns:name/item@version}. */
    public String qualify(String item) {
        return namespace + ":" + name + "/" + item + version.map(v -> "@" + v).orElse("");
    }

    @Override
    public String toString() {
        return namespace + ":" + name + version.map(v -> "@" + v).orElse("");
    }
}
