package dev.weft.wit;

/**
 * A WIT document is malformed or does not resolve: a syntax error, an unknown name, a duplicate definition, a
 * cycle among {@code use}s or types, or a package that cannot be found.
 *
 * <p>Checked on purpose: WIT text comes from users and files, so callers must decide how to report it. The
 * message has the form {@code file:line:column: reason}; {@link #location()} and {@link #reason()} give the
 * parts separately. Locations are 1-based; the column counts UTF-16 chars on the line.
 */
public final class WitException extends Exception {
    private final SourceLocation location;
    private final String reason;

    public WitException(SourceLocation location, String reason) {
        super(location + ": " + reason);
        this.location = location;
        this.reason = reason;
    }

    public SourceLocation location() {
        return location;
    }

    public String reason() {
        return reason;
    }
}
