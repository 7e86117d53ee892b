package dev.weft.wit.resolve;

/** Where a named type is defined: in an interface or directly in a world. */
public sealed interface TypeOwner {
    record OfInterface(InterfaceRef iface) implements TypeOwner {
        @Override
        public String toString() {
            return iface.toString();
        }
    }

    record OfWorld(PackageName pkg, String world) implements TypeOwner {
        @Override
        public String toString() {
            return pkg.qualify(world);
        }
    }
}
