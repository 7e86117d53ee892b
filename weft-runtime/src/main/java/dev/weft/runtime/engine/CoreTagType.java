package dev.weft.runtime.engine;

/** A core exception tag type: the function type of its payload (parameters only). */
public record CoreTagType(CoreFuncType type) implements CoreExternType {

    @Override
    public String kind() {
        return "tag";
    }
}
