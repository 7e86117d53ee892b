package dev.weft.wit.resolve;

/** The name of a world import or export: a plain name, or an interface's own name. */
public sealed interface WorldKey {
    /** The name the component model sees for this import or export. */
    String externName();

    record Name(String name) implements WorldKey {
        public String externName() {
            return name;
        }
    }

    record OfInterface(InterfaceRef.Named iface) implements WorldKey {
        public String externName() {
            return iface.qualifiedName();
        }
    }
}
