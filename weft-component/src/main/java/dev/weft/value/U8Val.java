package dev.weft.value;

/** A {@code u8}, held in an {@code int} so it never reads as negative. */
public record U8Val(int value) implements Val {
    public U8Val {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("u8 out of range: " + value);
        }
    }
}
