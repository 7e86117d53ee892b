package dev.weft.conformance.wast;

import dev.weft.conformance.sexpr.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code (component quote "…" …)} form: text-format source given as strings, used to test the text parser.
 * {@code text} is the strings joined into a complete {@code (component …)}; it need not parse.
 */
public record QuoteForm(FormKind kind, Optional<String> id, String text, Span span) implements ModuleForm {
    public QuoteForm {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
