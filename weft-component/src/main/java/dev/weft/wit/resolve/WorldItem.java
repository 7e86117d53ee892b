package dev.weft.wit.resolve;

/** One import or export of a world. */
public sealed interface WorldItem {
    /** The import/export name as the component model sees it. */
    String externName();

    /** {@code import iface;} (keyed by the interface) or {@code import name: iface;} (keyed by {@code name}). */
    record InterfaceItem(WorldKey key, InterfaceRef.Named iface, Stability stability, String docs)
            implements WorldItem {
        public String externName() {
            return key.externName();
        }
    }

    /** {@code import name: interface { ... }}: the interface's ref is {@link InterfaceRef.Inline}. */
    record InlineInterface(String name, Interface iface, Stability stability, String docs) implements WorldItem {
        public String externName() {
            return name;
        }
    }

    /** {@code import name: func(...);} */
    record FunctionItem(Function function) implements WorldItem {
        public String externName() {
            return function.externName();
        }
    }

    /** A type defined in or {@code use}d into the world (always on the import side). */
    record TypeItem(TypeDef type) implements WorldItem {
        public String externName() {
            return type.name();
        }
    }
}
