package dev.weft.server;

import java.util.Locale;

/**
 * Which thread runs a request's guest. {@link #INLINE}: the Jetty thread that parsed the request (a blocking Jetty
 * handler; Jetty runs it produce-execute-consume, so the request stays on a thread with hot caches and is not
 * handed over once more), bounded by {@link GuestSlots}. {@link #POOL}: a separate guest thread pool that a
 * non-blocking Jetty handler hands every request to. Both run guests on platform threads. The system property
 * {@value #PROPERTY} ({@code inline} or {@code pool}) picks one, for measuring one against the other;
 * bench/README.md ("The thread hop") has the measurements behind the default.
 */
enum Dispatch {
    INLINE, POOL;

    /** The system property that overrides {@link #DEFAULT}. */
    static final String PROPERTY = "weft.server.dispatch";
    /** What a server uses unless the property says otherwise. */
    static final Dispatch DEFAULT = INLINE;

    /** {@link #DEFAULT}, or what {@value #PROPERTY} names (read at every server start). */
    static Dispatch configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "inline" -> INLINE;
            case "pool" -> POOL;
            default -> throw new IllegalArgumentException(
                    "system property " + PROPERTY + "=" + value + ": expected inline or pool");
        };
    }
}
