package dev.weft.value;

/** A {@code u32}, held in a {@code long}. */
public record U32Val(long value) implements Val {
    public U32Val {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("u32 out of range: " + value);
        }
    }
}
