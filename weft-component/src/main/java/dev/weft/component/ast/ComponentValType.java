package dev.weft.component.ast;

/** {@code valtype ::= i:typeidx | pvt:primvaltype}: a primitive or a reference to a type index. */
public sealed interface ComponentValType permits PrimValType, ComponentValType.Indexed {

    /** A reference to type index {@code typeIndex} (which validation requires to be a defined value type). */
    record Indexed(long typeIndex) implements ComponentValType {}
}
