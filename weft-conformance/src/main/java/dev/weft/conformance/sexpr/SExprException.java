package dev.weft.conformance.sexpr;

/** The script text is not a well-formed sequence of s-expressions; names the line and column. */
public final class SExprException extends Exception {
    private final int line;
    private final int column;

    public SExprException(String message, int line, int column) {
        super(message + " (at line " + line + ", column " + column + ")");
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
