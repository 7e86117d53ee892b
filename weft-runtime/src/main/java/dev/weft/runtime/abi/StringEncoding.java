package dev.weft.runtime.abi;

import dev.weft.component.ast.CanonOpt;

/** The {@code string-encoding} canon option. */
public enum StringEncoding {
    UTF8, UTF16, LATIN1_UTF16;

    /** {@code 1 << 31}: the bit of a latin1+utf16 code-unit count that marks UTF-16 (32-bit memories). */
    public static final long UTF16_TAG = 1L << 31;

    /** This encoding as the canon option it comes from (what a lifted {@link dev.weft.value.StringOrigin} names). */
    public CanonOpt.StringEncoding canonOpt() {
        return switch (this) {
            case UTF8 -> CanonOpt.StringEncoding.UTF8;
            case UTF16 -> CanonOpt.StringEncoding.UTF16;
            case LATIN1_UTF16 -> CanonOpt.StringEncoding.LATIN1_UTF16;
        };
    }

    /** The encoding of canon option {@code e}. */
    public static StringEncoding of(CanonOpt.StringEncoding e) {
        return switch (e) {
            case UTF8 -> UTF8;
            case UTF16 -> UTF16;
            case LATIN1_UTF16 -> LATIN1_UTF16;
        };
    }
}
