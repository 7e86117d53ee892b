package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;

/** Scalar conversions of the spec: NaN canonicalization and {@code char} checks. */
final class Scalars {
    /** {@code CANONICAL_FLOAT32_NAN}. */
    static final int CANONICAL_F32_NAN = 0x7fc00000;
    /** {@code CANONICAL_FLOAT64_NAN}. */
    static final long CANONICAL_F64_NAN = 0x7ff8000000000000L;

    private Scalars() {
    }

    /**
     * {@code canonicalize_nan32}; also used when lowering (the deterministic profile of
     * {@code maybe_scramble_nan32}).
     */
    static float canonicalize(float f) {
        return Float.isNaN(f) ? Float.intBitsToFloat(CANONICAL_F32_NAN) : f;
    }

    static double canonicalize(double d) {
        return Double.isNaN(d) ? Double.longBitsToDouble(CANONICAL_F64_NAN) : d;
    }

    static int f32Bits(float f) {
        return Float.floatToRawIntBits(canonicalize(f));
    }

    static long f64Bits(double d) {
        return Double.doubleToRawLongBits(canonicalize(d));
    }

    /** {@code convert_i32_to_char}: {@code i} is an unsigned i32. */
    static int checkChar(int i) throws Trap {
        long u = Integer.toUnsignedLong(i);
        if (u >= 0x110000L) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "char value 0x" + Long.toHexString(u) + " is beyond U+10FFFF");
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "char value 0x" + Long.toHexString(u) + " is a surrogate, not a Unicode scalar value");
        }
        return i;
    }
}
