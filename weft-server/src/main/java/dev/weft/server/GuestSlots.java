package dev.weft.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The concurrency bound of {@link Dispatch#INLINE}: at most {@code running} guests at once; up to {@code queued}
 * more requests wait (each on its own Jetty thread) for a slot; past that a request is refused (503). A waiting
 * request that is interrupted (server shutdown) is refused too.
 */
final class GuestSlots {
    private final int running;
    private final int admitLimit;
    private final Semaphore slots;
    private final AtomicInteger admitted = new AtomicInteger();

    GuestSlots(int running, int queued) {
        if (running < 1 || queued < 0) {
            throw new IllegalArgumentException("running " + running + " (>= 1), queued " + queued + " (>= 0)");
        }
        this.running = running;
        this.admitLimit = running + queued;
        this.slots = new Semaphore(running);
    }

    /**
     * Takes a slot, waiting while {@code queued} or fewer wait before this one; false (no slot taken) when that
     * many already wait or the wait was interrupted. A true result must be paired with {@link #release()}.
     */
    boolean acquire() {
        if (admitted.incrementAndGet() > admitLimit) {
            admitted.decrementAndGet();
            return false;
        }
        if (slots.tryAcquire()) {
            return true;
        }
        try {
            slots.acquire();
            return true;
        } catch (InterruptedException e) {
            admitted.decrementAndGet();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void release() {
        slots.release();
        admitted.decrementAndGet();
    }

    /** Guests running now. */
    int running() {
        return running - slots.availablePermits();
    }

    /** The most requests admitted at once (running and waiting); Jetty's pool needs a thread for each. */
    int admitLimit() {
        return admitLimit;
    }
}
