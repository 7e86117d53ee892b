package dev.weft.conformance.run;

import java.util.Objects;
import java.util.Optional;

/** How one directive fared. */
public sealed interface Outcome {

    Status status();

    /**
     * Weft did what the script expects. For an expected error, {@code messageMismatch} is set when Weft's message
     * does not contain the script's text (informational only: Weft words its errors its own way).
     */
    record Passed(Optional<String> messageMismatch) implements Outcome {
        public Passed {
            Objects.requireNonNull(messageMismatch, "messageMismatch");
        }

        @Override
        public Status status() {
            return Status.PASSED;
        }
    }

    /** What the script expected and what Weft did instead. */
    record Failed(String expected, String got) implements Outcome {
        public Failed {
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(got, "got");
        }

        @Override
        public Status status() {
            return Status.FAILED;
        }
    }

    /** Not run; {@code reason} says why (always given: nothing is skipped silently). */
    record Skipped(String reason) implements Outcome {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Status status() {
            return Status.SKIPPED;
        }
    }

    enum Status {
        PASSED, FAILED, SKIPPED
    }

    static Outcome passed() {
        return new Passed(Optional.empty());
    }

    /** Passed with an expected error; notes when Weft's message does not contain the script's text. */
    static Outcome passedWithError(String scriptMessage, Throwable error) {
        String message = String.valueOf(error.getMessage());
        return new Passed(message.contains(scriptMessage) ? Optional.empty()
                : Optional.of("script says \"" + scriptMessage + "\", Weft says \"" + message + "\""));
    }
}
