package dev.weft.conformance;

import dev.weft.component.Component;
import dev.weft.conformance.run.ComponentChecker;
import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;

/** The real {@link ComponentChecker}: Weft's decoder and validator, {@link Component#decode(byte[])}. */
public final class WeftChecker implements ComponentChecker {
    @Override
    public void check(byte[] binary) throws DecodeException, ValidationException {
        Component.decode(binary);
    }
}
