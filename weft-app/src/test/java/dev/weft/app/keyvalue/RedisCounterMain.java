package dev.weft.app.keyvalue;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Run in a second JVM by {@link RedisKeyValueComponentTest}: connects its own {@link RedisBackend}, sets
 * {@code args[2]} to {@code args[3]}, then increments {@code args[4]} {@code args[5]} times.
 * Args: url prefix key value counter times.
 */
public final class RedisCounterMain {
    private RedisCounterMain() {
    }

    public static void main(String[] args) throws Exception {
        try (RedisBackend backend = RedisBackend.connect(URI.create(args[0]), args[1], 100)) {
            backend.set(args[2], args[3].getBytes(StandardCharsets.UTF_8));
            int times = Integer.parseInt(args[5]);
            for (int i = 0; i < times; i++) {
                backend.increment(args[4], 1);
            }
        }
        System.out.println("done");
    }
}
