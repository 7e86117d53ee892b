package dev.weft.error;

/**
 * Every failure that bad input or a misbehaving guest can cause. Callers can act on each kind:
 * a {@link DecodeException} or {@link ValidationException} means the file is wrong, a {@link LinkException}
 * means the host does not offer what the component needs, a {@link Trap} means the guest faulted.
 */
public abstract sealed class WeftException extends Exception
        permits DecodeException, ValidationException, LinkException, InstantiationException, Trap {

    protected WeftException(String message) {
        super(message);
    }

    protected WeftException(String message, Throwable cause) {
        super(message, cause);
    }
}
