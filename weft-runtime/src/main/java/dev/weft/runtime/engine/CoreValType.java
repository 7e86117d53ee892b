package dev.weft.runtime.engine;

/**
 * A core WebAssembly value type. Values cross the engine boundary as flat {@code long}s: {@code i32} as the
 * sign-extended int, {@code i64} as is, {@code f32} as {@code Float.floatToRawIntBits} (zero-extended),
 * {@code f64} as {@code Double.doubleToRawLongBits}, references as an engine-defined index ({@code -1} = null).
 * A {@code v128} takes two slots (low, high).
 */
public enum CoreValType {
    I32,
    I64,
    F32,
    F64,
    V128,
    FUNCREF,
    EXTERNREF;

    /** Number of {@code long} slots a value of this type takes in a flat argument or result array. */
    public int slots() {
        return this == V128 ? 2 : 1;
    }

    /**
     * The engine's type for the validator's core value type, or empty for a type the engine cannot run (exnref,
     * GC and typed references).
     */
    public static java.util.Optional<CoreValType> of(dev.weft.component.types.CoreValType type) {
        return java.util.Optional.ofNullable(switch (type) {
            case I32 -> I32;
            case I64 -> I64;
            case F32 -> F32;
            case F64 -> F64;
            case V128 -> V128;
            case FUNCREF -> FUNCREF;
            case EXTERNREF -> EXTERNREF;
            case EXNREF, ANYREF, EQREF, I31REF, STRUCTREF, ARRAYREF, NULLREF, NULLFUNCREF, NULLEXTERNREF,
                 TYPED_REF -> null;
        });
    }

    /** Name in the WebAssembly text format, e.g. {@code i32}, {@code funcref}. */
    public String watName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
