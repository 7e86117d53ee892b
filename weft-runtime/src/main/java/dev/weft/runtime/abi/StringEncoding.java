package dev.weft.runtime.abi;

/** The {@code string-encoding} canon option. */
public enum StringEncoding {
    UTF8, UTF16, LATIN1_UTF16;

    /** {@code 1 << 31}: the bit of a latin1+utf16 code-unit count that marks UTF-16 (32-bit memories). */
    public static final long UTF16_TAG = 1L << 31;
}
