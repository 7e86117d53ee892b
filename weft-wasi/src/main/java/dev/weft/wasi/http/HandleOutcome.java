package dev.weft.wasi.http;

/** How one request ended, for access logs and metrics. */
public sealed interface HandleOutcome {
    /** The guest sent a complete response with this status. */
    record Completed(int status) implements HandleOutcome {
    }

    /** The guest failed (trap, deadline, limit, missing outparam); {@code responseStarted} tells if it was a 500. */
    record GuestFailed(String reason, boolean responseStarted) implements HandleOutcome {
    }
}
