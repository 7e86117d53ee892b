package dev.weft.wasi.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** Waits for pollables by sleeping until the earliest one is due (no busy loop). */
public final class Poller {
    private Poller() {
    }

    /** Indexes of the pollables that are ready, waiting until at least one is. */
    public static List<Integer> poll(List<Pollable> pollables) {
        while (true) {
            List<Integer> ready = new ArrayList<>();
            long wait = Long.MAX_VALUE;
            for (int i = 0; i < pollables.size(); i++) {
                long remaining = pollables.get(i).nanosUntilReady();
                if (remaining <= 0) {
                    ready.add(i);
                }
                wait = Math.min(wait, remaining);
            }
            if (!ready.isEmpty()) {
                return ready;
            }
            park(wait);
        }
    }

    public static void block(Pollable pollable) {
        long remaining;
        while ((remaining = pollable.nanosUntilReady()) > 0) {
            park(remaining);
        }
    }

    private static void park(long nanos) {
        LockSupport.parkNanos(Math.min(nanos, 1_000_000_000L));
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the guest was waiting");
        }
    }
}
