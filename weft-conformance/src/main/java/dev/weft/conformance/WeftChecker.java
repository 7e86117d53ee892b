package dev.weft.conformance;

import dev.weft.component.binary.ComponentDecoder;
import dev.weft.conformance.run.ComponentChecker;
import dev.weft.error.DecodeException;

/**
 * The real {@link ComponentChecker}: Weft's decoder. (Validation joins when {@code Component.decode} lands; until
 * then only decoding is checked.)
 */
public final class WeftChecker implements ComponentChecker {
    @Override
    public void check(byte[] binary) throws DecodeException {
        ComponentDecoder.decode(binary);
    }
}
