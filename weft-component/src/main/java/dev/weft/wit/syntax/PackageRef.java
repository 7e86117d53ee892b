package dev.weft.wit.syntax;

import java.util.Optional;

/** {@code namespace:name@version} as written in a package declaration or a use-path. */
public record PackageRef(Ident namespace, Ident name, Optional<String> version, Span span) {
    @Override
    public String toString() {
        return namespace.name() + ":" + name.name() + version.map(v -> "@" + v).orElse("");
    }
}
