package dev.weft.conformance;

import dev.weft.component.Component;
import dev.weft.conformance.run.ComponentChecker;
import dev.weft.conformance.run.TimeLimit;
import dev.weft.conformance.run.TimeLimitedChecker;
import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;
import java.time.Duration;

/** The real {@link ComponentChecker}: Weft's decoder and validator, {@link Component#decode(byte[])}. */
public final class WeftChecker implements ComponentChecker {
    /** How long one decode-and-validate may take before it is reported as hanging. */
    public static final Duration LIMIT = Duration.ofSeconds(60);

    /** Weft's checker on a worker thread of {@code limit}. */
    public static ComponentChecker timeLimited(TimeLimit limit) {
        return new TimeLimitedChecker(new WeftChecker(), limit);
    }

    @Override
    public void check(byte[] binary) throws DecodeException, ValidationException {
        Component.decode(binary);
    }
}
