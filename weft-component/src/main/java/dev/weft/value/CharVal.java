package dev.weft.value;

/** A {@code char}: a Unicode scalar value (not a surrogate, at most 0x10FFFF). */
public record CharVal(int codePoint) implements Val {
    public CharVal {
        if (codePoint < 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            throw new IllegalArgumentException("not a Unicode scalar value: 0x" + Integer.toHexString(codePoint));
        }
    }
}
