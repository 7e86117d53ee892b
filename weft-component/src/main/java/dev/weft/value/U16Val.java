package dev.weft.value;

/** A {@code u16}, held in an {@code int}. */
public record U16Val(int value) implements Val {
    public U16Val {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("u16 out of range: " + value);
        }
    }
}
