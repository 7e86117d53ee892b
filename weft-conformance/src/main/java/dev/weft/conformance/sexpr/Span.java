package dev.weft.conformance.sexpr;

/**
 * Where an s-expression sits in its script: character offsets {@code [start, end)} into the source text plus the
 * 1-based line and column of {@code start}.
 */
public record Span(int start, int end, int line, int column) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
