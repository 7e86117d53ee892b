package dev.weft.wit.syntax;

/** A range of char offsets {@code [start, end)} within one {@link Source}. */
public record Span(Source source, int start, int end) {
    public dev.weft.wit.SourceLocation location() {
        return source.location(start);
    }

    public dev.weft.wit.WitException error(String reason) {
        return source.error(this, reason);
    }
}
