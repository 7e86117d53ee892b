package dev.weft.component.types;

import java.util.OptionalLong;

public record CoreTableType(CoreValType element, long min, OptionalLong max) implements CoreExternType {
}
