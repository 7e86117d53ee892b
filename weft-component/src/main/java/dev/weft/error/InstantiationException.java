package dev.weft.error;

/** Instantiation failed after linking succeeded (a start function or segment initialisation failed). */
public final class InstantiationException extends WeftException {
    public InstantiationException(String message) {
        super(message);
    }

    public InstantiationException(String message, Throwable cause) {
        super(message, cause);
    }
}
