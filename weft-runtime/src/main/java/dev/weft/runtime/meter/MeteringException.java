package dev.weft.runtime.meter;

/** The module could not be instrumented (malformed, or an instruction the meter does not know). */
public final class MeteringException extends RuntimeException {
    public MeteringException(String message) {
        super(message);
    }
}
