package dev.weft.wasi.io;

/** Something a guest can wait for: ready now, or ready after a known delay. */
public interface Pollable {
    /** Nanoseconds until ready: 0 when ready now. */
    long nanosUntilReady();

    default boolean ready() {
        return nanosUntilReady() <= 0;
    }

    /** A pollable that is always ready (streams that never make the guest wait). */
    Pollable READY = () -> 0;

    /** Ready once {@link System#nanoTime()} reaches {@code deadline}. */
    static Pollable deadline(long deadline) {
        return () -> Math.max(0, deadline - System.nanoTime());
    }
}
