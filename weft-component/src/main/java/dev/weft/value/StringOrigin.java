package dev.weft.value;

import dev.weft.component.ast.CanonOpt;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a string lifted out of a component came from: the {@code string-encoding} canon option it was lifted with
 * and its {@code tagged_code_units} as stored in that component's memory. Together with the string these are the
 * Canonical ABI's {@code String} triple {@code (str, encoding, tagged_code_units)} ({@code load_string_from_range}
 * in definitions.py); when the string is lowered into another component, {@code store_string_into_range} chooses
 * its {@code realloc} sequence from them.
 *
 * <p>For {@code latin1+utf16}, {@link #UTF16_TAG} in {@code taggedCodeUnits} marks a UTF-16 string, otherwise it is
 * latin1; for {@code utf8} the count is in bytes, for {@code utf16} in 16-bit code units.
 */
public record StringOrigin(CanonOpt.StringEncoding encoding, long taggedCodeUnits) {
    /** {@code UTF16_TAG = 1 << 31}: the bit of a latin1+utf16 count that marks UTF-16. */
    public static final long UTF16_TAG = 1L << 31;

    /**
     * @throws IllegalArgumentException when {@code taggedCodeUnits} is not a u32 (a count stored in a 32-bit
     *                                  memory)
     */
    public StringOrigin {
        Objects.requireNonNull(encoding, "encoding");
        if (taggedCodeUnits < 0 || taggedCodeUnits > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("tagged code-unit count " + taggedCodeUnits + " is not a u32");
        }
    }

    /** True for a {@code latin1+utf16} string stored as UTF-16 (the count carries {@link #UTF16_TAG}). */
    public boolean utf16Tagged() {
        return encoding == CanonOpt.StringEncoding.LATIN1_UTF16 && (taggedCodeUnits & UTF16_TAG) != 0;
    }

    /** The number of code units without the tag. */
    public long codeUnits() {
        return utf16Tagged() ? taggedCodeUnits ^ UTF16_TAG : taggedCodeUnits;
    }

    /**
     * Why this origin cannot describe {@code s}, or empty when it can: {@code s} must be valid Unicode (no unpaired
     * surrogate), have {@link #codeUnits()} code units in this encoding, and be all latin1 when untagged
     * latin1+utf16. Every string the runtime lifts is described by its origin; lowering a {@link StringVal} whose
     * origin does not describe it traps.
     */
    public Optional<String> mismatch(String s) {
        int n = s.length();
        long utf8Bytes = 0;
        boolean latin1 = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                utf8Bytes += 1;
            } else if (c < 0x800) {
                utf8Bytes += 2;
                latin1 &= c < 0x100;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                utf8Bytes += 4;
                latin1 = false;
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("the string has an unpaired surrogate at index " + i);
            } else {
                utf8Bytes += 3;
                latin1 = false;
            }
        }
        long units = switch (encoding) {
            case UTF8 -> utf8Bytes;
            case UTF16 -> n;
            case LATIN1_UTF16 -> utf16Tagged() || latin1 ? n : -1;
        };
        if (units == codeUnits()) {
            return Optional.empty();
        }
        return Optional.of(units < 0
                ? "the string is not latin1, so its latin1+utf16 code-unit count needs the UTF-16 tag"
                : "the string has " + units + " " + encoding.text() + " code units, its origin says " + codeUnits());
    }
}
