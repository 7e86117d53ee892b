package dev.weft.bindings;

import java.math.BigInteger;

/**
 * Checked conversions for WIT's unsigned numbers as generated bindings represent them: {@code u8} and
 * {@code u16} are Java {@code int}s, {@code u32} a {@code long}, all held in range (0..255, 0..65535,
 * 0..4294967295); a value out of range is refused with {@link ArithmeticException}, never wrapped.
 * {@code u64} is a {@code long} holding the unsigned 64 bits (read it with {@link Long#toUnsignedString},
 * {@link Long#compareUnsigned}, {@link Long#divideUnsigned} or {@link #u64ToBigInteger}).
 */
public final class Unsigned {
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Unsigned() {
    }

    public static int checkU8(long value) {
        return (int) check(value, 0xFFL, "u8");
    }

    public static int checkU16(long value) {
        return (int) check(value, 0xFFFFL, "u16");
    }

    public static long checkU32(long value) {
        return check(value, 0xFFFF_FFFFL, "u32");
    }

    /** The {@code u64} bits of a non-negative {@link BigInteger} below 2^64. */
    public static long u64(BigInteger value) {
        if (value.signum() < 0 || value.compareTo(U64_MAX) > 0) {
            throw new ArithmeticException("u64 out of range: " + value + " (expected 0.." + U64_MAX + ")");
        }
        return value.longValue();
    }

    /** The {@code u64} whose bits {@code bits} holds, as a non-negative number. */
    public static BigInteger u64ToBigInteger(long bits) {
        return new BigInteger(Long.toUnsignedString(bits));
    }

    /** A {@code u64} known to be below 2^63, as a plain {@code long}; throws if it is not. */
    public static long u64ToSignedExact(long bits) {
        if (bits < 0) {
            throw new ArithmeticException("u64 " + Long.toUnsignedString(bits) + " does not fit a signed long");
        }
        return bits;
    }

    private static long check(long value, long max, String type) {
        if (value < 0 || value > max) {
            throw new ArithmeticException(type + " out of range: " + value + " (expected 0.." + max + ")");
        }
        return value;
    }
}
