package dev.weft.conformance.run;

import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;

/**
 * Decodes and validates one component binary, as {@code dev.weft.component.Component.decode(byte[])} does. The
 * harness talks to Weft through this so it can be tested with a fake.
 */
@FunctionalInterface
public interface ComponentChecker {

    /** Returns normally when the binary is a well-formed, valid component. */
    void check(byte[] binary) throws DecodeException, ValidationException;
}
