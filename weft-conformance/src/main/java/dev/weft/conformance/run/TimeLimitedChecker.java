package dev.weft.conformance.run;

import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;
import dev.weft.error.WeftException;

/** Runs another checker under a {@link TimeLimit}; a hang is reported as {@link TimeLimit.TimeoutExceededException}. */
public final class TimeLimitedChecker implements ComponentChecker {
    private final ComponentChecker delegate;
    private final TimeLimit limit;

    public TimeLimitedChecker(ComponentChecker delegate, TimeLimit limit) {
        this.delegate = delegate;
        this.limit = limit;
    }

    @Override
    public void check(byte[] binary) throws DecodeException, ValidationException {
        try {
            limit.call(() -> {
                delegate.check(binary);
                return null;
            });
        } catch (DecodeException | ValidationException e) {
            throw e;
        } catch (WeftException | NotSupportedException e) {
            throw new IllegalStateException("a checker threw " + e, e);
        }
    }
}
