package dev.weft.wasi.clocks;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clocks a guest reads through {@code wasi:clocks}: the system's by default, or fixed/stepping ones for
 * deterministic tests. Waiting ({@code subscribe-duration}, {@code subscribe-instant}) always takes real time,
 * measured from the guest clock's reading.
 */
public record WasiClocks(WallClock wall, MonotonicClock monotonic) {
    /** {@code wasi:clocks/wall-clock.now}. */
    @FunctionalInterface
    public interface WallClock {
        Instant now();
    }

    /** {@code wasi:clocks/monotonic-clock.now}: nanoseconds from an arbitrary origin, never decreasing. */
    @FunctionalInterface
    public interface MonotonicClock {
        long nanos();
    }

    public WasiClocks {
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(monotonic, "monotonic");
    }

    /** The system clocks: {@link Instant#now()} and {@link System#nanoTime()} from the moment they are made. */
    public static WasiClocks system() {
        long origin = System.nanoTime();
        return new WasiClocks(Instant::now, () -> System.nanoTime() - origin);
    }

    /**
     * Clocks for deterministic runs: the wall clock starts at {@code start} and both clocks advance by {@code step}
     * at every reading (a zero step stops them).
     */
    public static WasiClocks fixed(Instant start, Duration step) {
        Objects.requireNonNull(start, "start");
        long stepNanos = step.toNanos();
        if (stepNanos < 0) {
            throw new IllegalArgumentException("step must not be negative: " + step);
        }
        AtomicLong wallTicks = new AtomicLong();
        AtomicLong monotonicTicks = new AtomicLong();
        return new WasiClocks(() -> start.plusNanos(stepNanos * wallTicks.getAndIncrement()),
                () -> stepNanos * monotonicTicks.getAndIncrement());
    }
}
