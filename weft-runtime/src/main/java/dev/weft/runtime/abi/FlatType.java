package dev.weft.runtime.abi;

import dev.weft.runtime.engine.CoreValType;

/**
 * A core WebAssembly value type as used by flattening. Flat values travel as {@code long}s: i32 as the
 * sign-extended int, i64 as is, f32 as the zero-extended raw float bits, f64 as the raw double bits (the encoding
 * of {@code dev.weft.runtime.engine.CoreValType}). Readers take the low 32 bits of i32 and f32 slots.
 */
public enum FlatType {
    I32, I64, F32, F64;

    /** The spec's {@code join}: the type that can carry both {@code a} and {@code b}. */
    public static FlatType join(FlatType a, FlatType b) {
        if (a == b) {
            return a;
        }
        if ((a == I32 && b == F32) || (a == F32 && b == I32)) {
            return I32;
        }
        return I64;
    }

    /** The engine's value type. */
    public CoreValType toCore() {
        return switch (this) {
            case I32 -> CoreValType.I32;
            case I64 -> CoreValType.I64;
            case F32 -> CoreValType.F32;
            case F64 -> CoreValType.F64;
        };
    }

    /** The lower-case core name ({@code i32}, ...). */
    public String coreName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
