package dev.weft.examples.pluginhost;

/** What one plugin call came to. */
public sealed interface Outcome {
    /** The plugin returned {@code ok(output)}. */
    record Output(String text) implements Outcome {
    }

    /** The plugin returned {@code err(message)}. */
    record Refused(String message) implements Outcome {
    }

    /** The plugin trapped or ran out of time; the host replaced its instance with a fresh one. */
    record Crashed(String reason) implements Outcome {
    }
}
