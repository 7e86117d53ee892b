package dev.weft.wit.syntax;

/** A reference to an interface or world: a bare name in scope, or {@code ns:pkg/name@version}. */
public sealed interface UsePath {
    Span span();

    /** The last path segment: the interface or world name. */
    Ident name();

    /** A name looked up in the file's top-level {@code use}s, then in the current package. */
    record Local(Ident name) implements UsePath {
        public Span span() {
            return name.span();
        }
    }

    /** An interface or world of another package. */
    record Foreign(PackageRef pkg, Ident name, Span span) implements UsePath {
    }
}
