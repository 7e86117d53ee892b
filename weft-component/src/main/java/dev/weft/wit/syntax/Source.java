package dev.weft.wit.syntax;

import dev.weft.wit.SourceLocation;
import dev.weft.wit.WitException;

/** The text of one WIT file together with the name used in messages. */
public record Source(String name, String text) {

    /** The 1-based line and column of a char offset in {@link #text()}. */
    public SourceLocation location(int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(name, line, end - lineStart + 1);
    }

    public WitException error(Span span, String reason) {
        return new WitException(location(span.start()), reason);
    }
}
