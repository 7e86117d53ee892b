package dev.weft.component.ast;

/** Core {@code storagetype ::= valtype | packedtype} (GC struct/array fields). */
public sealed interface CoreStorageType permits CoreValType, CoreStorageType.Packed {

    /** {@code packedtype}: {@code i8} (0x78) or {@code i16} (0x77). */
    enum Packed implements CoreStorageType {
        I8,
        I16
    }
}
