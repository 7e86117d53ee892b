package dev.weft.conformance.run;

import java.util.Objects;

/** How one directive fared. */
public sealed interface Outcome {

    Status status();

    record Passed() implements Outcome {
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
        return new Passed();
    }
}
