package dev.weft.conformance.run;

/** Short descriptions of what Weft did, for failure reports. */
final class Failures {
    private Failures() {
    }

    /** E.g. {@code ValidationException: type index 3 out of bounds (at offset 0x1f)}. */
    static String describe(Throwable thrown) {
        String text = thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
        if (thrown instanceof RuntimeException || thrown instanceof Error) {
            StackTraceElement[] trace = thrown.getStackTrace();
            return "crash: " + text + (trace.length > 0 ? " at " + trace[0] : "");
        }
        if (System.getenv("WEFT_CONFORMANCE_GUEST_STACK") != null
                && thrown instanceof dev.weft.error.Trap trap && !trap.guestStack().isEmpty()) {
            return text + " [guest stack: " + String.join(" < ", trap.guestStack()) + "]";
        }
        return text;
    }

}
