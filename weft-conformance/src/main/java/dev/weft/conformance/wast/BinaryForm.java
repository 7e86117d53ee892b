package dev.weft.conformance.wast;

import dev.weft.conformance.sexpr.Span;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** A {@code (component binary "…" …)} form: the strings' bytes, concatenated, are the binary. */
public record BinaryForm(FormKind kind, Optional<String> id, byte[] bytes, Span span) implements ModuleForm {
    public BinaryForm {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        bytes = bytes.clone();
        Objects.requireNonNull(span, "span");
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinaryForm form && kind == form.kind && id.equals(form.id)
                && Arrays.equals(bytes, form.bytes) && span.equals(form.span);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id, Arrays.hashCode(bytes), span);
    }

    @Override
    public String toString() {
        return "BinaryForm[" + kind + ", " + id + ", " + bytes.length + " bytes, line " + span.line() + "]";
    }
}
