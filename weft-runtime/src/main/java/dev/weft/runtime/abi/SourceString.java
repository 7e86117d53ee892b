package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.StringOrigin;

import java.util.Objects;
import java.util.Optional;

/**
 * A string being lowered together with the encoding it came from (the spec's {@code String} triple
 * {@code (str, encoding, tagged_code_units)}); the source encoding decides the spec's allocation strategy.
 * Strings from the host are {@link #ofHost latin1+utf16}, like Java's compact strings; a lifted
 * {@link dev.weft.value.StringVal} keeps its own ({@link #of(StringOrigin, String)}).
 */
public record SourceString(String value, StringEncoding encoding, long taggedCodeUnits) {
    public SourceString {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(encoding, "encoding");
    }

    /**
     * A host string: latin1 when every char is below U+0100, else UTF-16 (tagged). Traps on an unpaired
     * surrogate, since component-model strings hold Unicode scalar values only.
     */
    public static SourceString ofHost(String s) throws Trap {
        boolean latin1 = true;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x100) {
                latin1 = false;
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                    } else {
                        throw new Trap(TrapKind.HOST_FUNCTION, "string contains an unpaired surrogate at index " + i);
                    }
                } else if (Character.isLowSurrogate(c)) {
                    throw new Trap(TrapKind.HOST_FUNCTION, "string contains an unpaired surrogate at index " + i);
                }
            }
        }
        return latin1 ? new SourceString(s, StringEncoding.LATIN1_UTF16, n)
                : new SourceString(s, StringEncoding.LATIN1_UTF16, n | StringEncoding.UTF16_TAG);
    }

    /**
     * A host string lowered into a guest using {@code destination}: for UTF-8 guests it is treated as UTF-8, so it
     * is stored with one exactly sized {@code realloc} (as Wasmtime's hosts do; the WASI preview1 adapter's import
     * allocator accepts nothing else), otherwise as {@link #ofHost}.
     */
    public static SourceString ofHost(String s, StringEncoding destination) throws Trap {
        SourceString checked = ofHost(s);
        if (destination != StringEncoding.UTF8) {
            return checked;
        }
        return new SourceString(s, StringEncoding.UTF8, s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    /** A string lifted from a guest with {@code encoding} and the guest's tagged code-unit count. */
    public static SourceString lifted(String s, StringEncoding encoding, long taggedCodeUnits) {
        return new SourceString(s, encoding, taggedCodeUnits);
    }

    /**
     * The string {@code s} as lifted from a guest, as {@code origin} describes it. Traps (a bad host value) when
     * {@code origin} does not describe {@code s}: its counts decide the allocation sizes.
     */
    public static SourceString of(StringOrigin origin, String s) throws Trap {
        Optional<String> mismatch = origin.mismatch(s);
        if (mismatch.isPresent()) {
            throw new Trap(TrapKind.HOST_FUNCTION, "string origin " + origin.encoding().text() + " with "
                    + origin.taggedCodeUnits() + " tagged code units does not describe its text: "
                    + mismatch.get());
        }
        return new SourceString(s, StringEncoding.of(origin.encoding()), origin.taggedCodeUnits());
    }
}
