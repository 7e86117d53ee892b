package dev.weft.component.types;

import java.util.OptionalLong;

/** The type of a core WebAssembly table: element type and size limits. */
public record CoreTableType(CoreValType element, long min, OptionalLong max) implements CoreExternType {
}
