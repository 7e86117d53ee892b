package dev.weft.wit.resolve;

/** Identifies an interface: a named one of a package, or an inline {@code import x: interface {...}}. */
public sealed interface InterfaceRef {
    PackageName pkg();

    /** {@code interface name { ... }} at the top level of a package. */
    record Named(PackageName pkg, String name) implements InterfaceRef {
        /** {@code ns:pkg/name@version}. */
        public String qualifiedName() {
            return pkg.qualify(name);
        }

        @Override
        public String toString() {
            return qualifiedName();
        }
    }

    /** The anonymous interface of {@code import item: interface { ... }} (or export) in a world. */
    record Inline(PackageName pkg, String world, String item, boolean export) implements InterfaceRef {
        @Override
        public String toString() {
            return pkg.qualify(world) + (export ? " export " : " import ") + item;
        }
    }
}
