package dev.weft.component.ast;

/** Core {@code valtype}: a number/vector type or a reference type. */
public sealed interface CoreValType extends CoreStorageType permits CoreValType.Num, CoreValType.Ref {

    /**
     * Number and vector types: {@code i32 0x7f}, {@code i64 0x7e}, {@code f32 0x7d}, {@code f64 0x7c},
     * {@code v128 0x7b}.
     */
    enum Num implements CoreValType {
        I32,
        I64,
        F32,
        F64,
        V128
    }

    /**
     * A reference type; {@code funcref} is {@code Ref(true, Abstract(FUNC))}, {@code (ref $t)} is
     * {@code Ref(false, Concrete(t))}.
     */
    record Ref(boolean nullable, HeapType heap) implements CoreValType {}

    /** Core {@code heaptype}. */
    sealed interface HeapType {}

    /** An abstract heap type ({@code func}, {@code extern}, …), optionally {@code shared}. */
    record Abstract(AbstractHeap kind, boolean shared) implements HeapType {}

    /** A concrete heap type: a core type index. */
    record Concrete(long typeIndex) implements HeapType {}

    /** The abstract heap types with their single-byte encoding. */
    enum AbstractHeap {
        FUNC(0x70),
        EXTERN(0x6f),
        ANY(0x6e),
        NONE(0x71),
        NOEXTERN(0x72),
        NOFUNC(0x73),
        EQ(0x6d),
        STRUCT(0x6b),
        ARRAY(0x6a),
        I31(0x6c),
        EXN(0x69),
        NOEXN(0x74),
        CONT(0x68),
        NOCONT(0x75);

        private final int code;

        AbstractHeap(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }
}
