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
        return text;
    }

    /** True for what a harness must survive from code under test: bugs, not verdicts. */
    static boolean isCrash(Throwable thrown) {
        return thrown instanceof RuntimeException || thrown instanceof StackOverflowError;
    }
}
