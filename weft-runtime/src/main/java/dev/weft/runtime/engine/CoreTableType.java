package dev.weft.runtime.engine;

import java.util.OptionalLong;

/** A core table type. */
public record CoreTableType(CoreValType elementType, long min, OptionalLong max) implements CoreExternType {

    public CoreTableType {
        if (elementType != CoreValType.FUNCREF && elementType != CoreValType.EXTERNREF) {
            throw new IllegalArgumentException("table element type must be a reference type: " + elementType);
        }
        if (min < 0 || (max.isPresent() && max.getAsLong() < min)) {
            throw new IllegalArgumentException("bad table limits: min " + min + ", max " + max);
        }
    }

    @Override
    public String kind() {
        return "table";
    }
}
