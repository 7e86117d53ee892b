package dev.weft.value;

import java.util.Objects;
import java.util.Optional;

/**
 * A WIT {@code string} value (always valid Unicode; the ABI transcodes to the guest's encoding).
 *
 * <p>A string lifted out of a component carries its {@link #origin() origin}: the string encoding and tagged
 * code-unit count it had in that component's memory (the rest of the Canonical ABI's {@code String} triple). When
 * such a value is lowered into a component, the runtime follows the spec's {@code store_string_into_range} for
 * that source encoding, so a string passed from one component to another (directly, or through host code that
 * hands the same value on) sees exactly the spec's {@code realloc} calls. A string made by the host
 * ({@link #StringVal(String)}) has no origin and is lowered as a host string.
 *
 * <p>The origin is provenance, not content: {@link #equals}, {@link #hashCode} and {@link #toString} use the
 * string alone, so a lifted value equals {@code new StringVal(sameText)}.
 *
 * @param value  the string
 * @param origin where it was lifted from, empty for a host string; when present it must describe {@code value}
 *               ({@link StringOrigin#mismatch}), else lowering the value traps. It is not checked here, so that
 *               lifting costs no extra pass over the text.
 */
public record StringVal(String value, Optional<StringOrigin> origin) implements Val {
    public StringVal {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }

    /** A host string: no origin. */
    public StringVal(String value) {
        this(value, Optional.empty());
    }

    /** A string lifted from a component's memory, described by {@code origin}. */
    public static StringVal lifted(String value, StringOrigin origin) {
        return new StringVal(value, Optional.of(origin));
    }

    /** Equal when the strings are equal, whatever their origins. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StringVal other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "StringVal[value=" + value + "]";
    }
}
