package dev.weft.app.manifest;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code [component.<id>.limits]}: {@code memory = "64MiB"} (or a byte count) caps each instance's linear
 * memory; {@code deadline = "500ms"} (or milliseconds) caps one request's run time.
 */
public record Limits(OptionalLong memoryBytes, Optional<Duration> deadline) {
    public static final Limits NONE = new Limits(OptionalLong.empty(), Optional.empty());
}
