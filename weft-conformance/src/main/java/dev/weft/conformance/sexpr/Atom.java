package dev.weft.conformance.sexpr;

import java.util.Objects;

/** A keyword, number, or identifier token: everything between delimiters that is not a string or a list. */
public record Atom(String text, Span span) implements SExpr {
    public Atom {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** Whether this atom is an identifier such as {@code $name}. */
    public boolean isId() {
        return text.length() > 1 && text.charAt(0) == '$';
    }

    @Override
    public String toString() {
        return text;
    }
}
