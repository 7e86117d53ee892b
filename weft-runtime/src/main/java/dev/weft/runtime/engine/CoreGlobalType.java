package dev.weft.runtime.engine;

/** A core global type. */
public record CoreGlobalType(CoreValType valueType, boolean mutable) implements CoreExternType {

    @Override
    public String kind() {
        return "global";
    }
}
