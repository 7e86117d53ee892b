package dev.weft.wit.syntax;

/** A feature gate written before an item: {@code @since}, {@code @unstable} or {@code @deprecated}. */
public sealed interface Attribute {
    Span span();

    record Since(String version, Span span) implements Attribute {
    }

    record Unstable(Ident feature, Span span) implements Attribute {
    }

    record Deprecated(String version, Span span) implements Attribute {
    }
}
