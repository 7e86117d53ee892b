package dev.weft.value;

import java.math.BigInteger;

/** A {@code u64}: {@code bits} holds the value as unsigned 64 bits (read it with {@link #toBigInteger()}). */
public record U64Val(long bits) implements Val {
    public BigInteger toBigInteger() {
        return new BigInteger(Long.toUnsignedString(bits));
    }

    @Override
    public String toString() {
        return "U64Val[" + Long.toUnsignedString(bits) + "]";
    }
}
