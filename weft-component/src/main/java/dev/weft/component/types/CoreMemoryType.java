package dev.weft.component.types;

import java.util.OptionalLong;

/** A core memory type; {@code memory64} memories use i64 addresses. Sizes are in pages. */
public record CoreMemoryType(long min, OptionalLong max, boolean shared, boolean memory64) implements CoreExternType {
}
