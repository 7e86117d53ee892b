package dev.weft.wasi.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Waits for pollables without a busy loop: sleeps until the earliest known deadline, or until a stream signals with
 * {@link #wake()} that new data arrived. A wait (nothing ready at the first look) is bracketed by {@link Blocking}
 * once as a whole, not per wake-up, so readiness checks after a wake-up run without a run slot.
 */
public final class Poller {
    private static final Object SIGNAL = new Object();
    private static final long MAX_WAIT_NANOS = 1_000_000_000L;
    private static long generation;

    private Poller() {
    }

    /** Tells waiting pollers that some pollable may have become ready. */
    public static void wake() {
        synchronized (SIGNAL) {
            generation++;
            SIGNAL.notifyAll();
        }
    }

    /** Indexes of the pollables that are ready, waiting until at least one is. */
    public static List<Integer> poll(List<Pollable> pollables) {
        List<Integer> ready = new ArrayList<>();
        waitUntilReady(() -> {
            ready.clear();
            long wait = Long.MAX_VALUE;
            for (int i = 0; i < pollables.size(); i++) {
                long remaining = pollables.get(i).nanosUntilReady();
                if (remaining <= 0) {
                    ready.add(i);
                }
                wait = Math.min(wait, remaining);
            }
            return wait;
        });
        return ready;
    }

    /** Waits until {@code pollable} is ready. */
    public static void block(Pollable pollable) {
        waitUntilReady(pollable::nanosUntilReady);
    }

    /**
     * Looks at {@code nanosUntilReady} until it is 0 or less, sleeping that long (or until {@link #wake()}) between
     * looks; the sleeps are one {@link Blocking} bracket.
     */
    private static void waitUntilReady(LongSupplier nanosUntilReady) {
        boolean waiting = false;
        try {
            while (true) {
                long seen = currentGeneration();
                long remaining = nanosUntilReady.getAsLong();
                if (remaining <= 0) {
                    return;
                }
                if (!waiting) {
                    waiting = true;
                    Blocking.enter();
                }
                await(seen, remaining);
            }
        } finally {
            if (waiting) {
                Blocking.exit();
            }
        }
    }

    private static long currentGeneration() {
        synchronized (SIGNAL) {
            return generation;
        }
    }

    private static void await(long seenGeneration, long nanos) {
        long wait = Math.min(nanos, MAX_WAIT_NANOS);
        synchronized (SIGNAL) {
            if (generation != seenGeneration) {
                return;
            }
            try {
                SIGNAL.wait(wait / 1_000_000L, (int) (wait % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the guest was waiting", e);
            }
        }
    }
}
