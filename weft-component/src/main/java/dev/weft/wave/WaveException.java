package dev.weft.wave;

/**
 * WAVE text could not be parsed, or does not fit the type it was read against. Carries the kind of
 * failure, the span (code point offsets) and the 1-based line and column where it starts; the message reads
 * like {@code "unexpected token: `,`; expected a value (at column 14)"}.
 */
public final class WaveException extends Exception {
    private final WaveErrorKind kind;
    private final String detail;
    private final WaveSpan span;
    private final int line;
    private final int column;

    WaveException(WaveErrorKind kind, String detail, WaveSpan span, int line, int column) {
        super(kind.description() + (detail.isEmpty() ? "" : ": " + detail) + location(line, column));
        this.kind = kind;
        this.detail = detail;
        this.span = span;
        this.line = line;
        this.column = column;
    }

    private static String location(int line, int column) {
        return line == 1 ? " (at column " + column + ")" : " (at line " + line + ", column " + column + ")";
    }

    /** The same error with {@code context} (e.g. "argument `name`") put in front of the detail. */
    WaveException withContext(String context) {
        return new WaveException(kind, detail.isEmpty() ? context : context + ": " + detail, span, line, column);
    }

    public WaveErrorKind kind() {
        return kind;
    }

    /** What was found and what was expected, without the location; may be empty. */
    public String detail() {
        return detail;
    }

    /** Code point offsets of the offending text. */
    public WaveSpan span() {
        return span;
    }

    /** 0-based code point offset where the offending text starts. */
    public int offset() {
        return span.start();
    }

    /** 1-based line of the offending text. */
    public int line() {
        return line;
    }

    /** 1-based column (in code points) of the offending text on its line. */
    public int column() {
        return column;
    }
}
