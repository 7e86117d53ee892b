package dev.weft.conformance.sexpr;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A string literal with its escapes resolved. WebAssembly text strings are byte strings ({@code "\ff"} is one
 * byte), so the value is kept as bytes; {@link #utf8()} decodes them where text is meant.
 */
public record Str(byte[] bytes, Span span) implements SExpr {
    public Str {
        bytes = bytes.clone();
        Objects.requireNonNull(span, "span");
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bytes as UTF-8 text, or empty when they are not valid UTF-8. */
    public Optional<String> utf8() {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Str str && Arrays.equals(bytes, str.bytes) && span.equals(str.span);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + span.hashCode();
    }

    @Override
    public String toString() {
        return utf8().map(s -> '"' + s + '"').orElse("<" + bytes.length + " bytes>");
    }
}
