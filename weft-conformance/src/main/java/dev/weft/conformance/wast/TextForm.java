package dev.weft.conformance.wast;

import dev.weft.conformance.sexpr.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A form written in the text format. {@code text} is a complete {@code (component …)} or {@code (module …)}
 * ready for a text parser: a {@code definition} keyword has already been dropped.
 */
public record TextForm(FormKind kind, Optional<String> id, String text, Span span) implements ModuleForm {
    public TextForm {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
