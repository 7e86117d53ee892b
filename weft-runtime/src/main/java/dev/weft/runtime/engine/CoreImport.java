package dev.weft.runtime.engine;

/** One import of a core module, in declaration order. */
public record CoreImport(String module, String name, CoreExternType type) {

    /** {@code module.name}, for messages. */
    public String qualifiedName() {
        return module + "." + name;
    }

    /** The expected type in text form, e.g. {@code (memory 1)}, for messages. */
    public String describeType() {
        return ImportLinker.describe(type);
    }
}
