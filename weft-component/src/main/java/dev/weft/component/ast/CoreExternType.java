package dev.weft.component.ast;

import java.util.Optional;

/** Core {@code externtype} (the type of a core import or export). */
public sealed interface CoreExternType {

    /** {@code 0x00 typeidx}. */
    record Func(long typeIndex) implements CoreExternType {}

    /** {@code 0x01 tabletype}. */
    record Table(CoreValType.Ref element, Limits limits, boolean table64, boolean shared) implements CoreExternType {}

    /**
     * {@code 0x02 memtype}.
     *
     * @param pageSizeLog2 custom page size exponent, if given
     */
    record Memory(Limits limits, boolean memory64, boolean shared, Optional<Long> pageSizeLog2)
            implements CoreExternType {}

    /** {@code 0x03 globaltype}. */
    record Global(CoreValType type, boolean mutable, boolean shared) implements CoreExternType {}

    /** {@code 0x04 0x00 typeidx}: an exception tag. */
    record Tag(long typeIndex) implements CoreExternType {}

    /** Limits; {@code min}/{@code max} are unsigned 64-bit for 64-bit tables and memories. */
    record Limits(long min, Optional<Long> max) {}
}
