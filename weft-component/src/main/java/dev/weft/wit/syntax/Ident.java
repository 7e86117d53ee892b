package dev.weft.wit.syntax;

/** An identifier as written, without a leading {@code %}. */
public record Ident(String name, Span span) {
}
