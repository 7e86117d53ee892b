package dev.weft.conformance;

import dev.weft.component.Component;
import dev.weft.conformance.run.ComponentChecker;
import dev.weft.conformance.run.TimeLimitedChecker;
import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;
import java.time.Duration;

/** The real {@link ComponentChecker}: Weft's decoder and validator, {@link Component#decode(byte[])}. */
public final class WeftChecker implements ComponentChecker {
    /** How long one decode-and-validate may take before it is reported as hanging. */
    public static final Duration LIMIT = Duration.ofSeconds(60);

    /** The checker the launcher and the JUnit suite use: Weft's, on a worker thread, limited to {@link #LIMIT}. */
    public static ComponentChecker timeLimited() {
        return new TimeLimitedChecker(new WeftChecker(), LIMIT);
    }

    @Override
    public void check(byte[] binary) throws DecodeException, ValidationException {
        Component.decode(binary);
    }
}
