package dev.weft.conformance.wast;

import dev.weft.conformance.sexpr.SExpr;

/** A directive or value constant does not have the shape the wast format prescribes. */
public final class WastSyntaxException extends Exception {
    private final int line;

    public WastSyntaxException(String message, int line) {
        super(message + " (at line " + line + ")");
        this.line = line;
    }

    public WastSyntaxException(String message, SExpr where) {
        this(message, where.span().line());
    }

    public int line() {
        return line;
    }
}
