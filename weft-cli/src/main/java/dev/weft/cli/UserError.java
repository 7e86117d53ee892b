package dev.weft.cli;

/** A mistake in what the user asked for (a missing file, a bad flag value): printed as one line, exit code 1. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
