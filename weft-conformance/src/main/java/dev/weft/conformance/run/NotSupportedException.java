package dev.weft.conformance.run;

/**
 * Thrown by a {@link ScriptSession} for a directive it cannot execute yet (e.g. a type its host functions do not
 * handle). The harness counts the directive as skipped with this message as the reason.
 */
public final class NotSupportedException extends Exception {
    public NotSupportedException(String reason) {
        super(reason);
    }
}
