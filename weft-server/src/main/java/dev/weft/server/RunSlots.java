package dev.weft.server;

import dev.weft.wasi.io.Blocking;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Bounds how many guests <em>compute</em> at once (by default one per core), independently of how many requests
 * are in flight ({@link ServerConfig#maxConcurrentRequests()}, each on its own guest thread). Wasmtime's async
 * executor does the same: a guest parked on a host future does not hold a core.
 *
 * <ul>
 *   <li>A request's guest thread takes a slot before its guest is instantiated and called, and gives it back when
 *       the guest returned (also after a trap, a deadline, an exception): {@link Runner#take()} and
 *       {@link Runner#give()}.</li>
 *   <li>A wait in host code (a pollable that is not ready, a request body that has not arrived, a response write
 *       waiting for the client, an outgoing request) gives the slot up and takes one again after: the runner is the
 *       thread's {@link Blocking.Hook}. Taking it again returns at once on an interrupted thread (deadline,
 *       shutdown), without a slot, so that the guest unwinds.</li>
 *   <li><b>The forfeit rule.</b> A guest that computes for longer than the slice without waiting (a loop, a big
 *       request) must not shut the others out: a watchdog thread (a {@link BackgroundLoop}) gives up the slot of
 *       every guest that has held it for longer than the slice, on its behalf. That guest runs on, time-shared with
 *       the others by the OS, and gives nothing back when it waits or returns; after a wait it takes a slot again
 *       as every guest does. So guests that loop on every core delay a short request by about one slice, not
 *       until their deadline.</li>
 * </ul>
 *
 * <p>Each held slot is one cell of an array holding the holder's {@link Hold}: whoever clears the cell (a compare
 * and set from that hold to empty), the guest's thread or the watchdog, releases the permit, so a permit is
 * released exactly once. A thread clears its cell before it releases its permit, so a thread that got a permit
 * always finds a free cell. The watchdog sleeps until the earliest holder's slice ends (never while no slot is
 * held).
 */
final class RunSlots implements AutoCloseable {
    /** The system property that sets the slice in milliseconds (read at server start). */
    static final String SLICE_PROPERTY = "weft.server.runSliceMillis";
    /**
     * How long a guest may compute without a wait before its slot is forfeited: the JS hello request costs about
     * 1.5 ms of CPU, so a request that runs 10x that is rare and one slice is a bounded delay for the others.
     */
    static final Duration DEFAULT_SLICE = Duration.ofMillis(20);

    private final int running;
    private final long sliceNanos;
    private final Semaphore permits;
    private final AtomicReferenceArray<Hold> cells;
    private final AtomicLong forfeits = new AtomicLong();
    private final BackgroundLoop watchdog;

    /** One guest thread's hold of a slot: the cell it occupies and when it took it. */
    private static final class Hold {
        final int cell;
        final long since;

        Hold(int cell, long since) {
            this.cell = cell;
            this.since = since;
        }
    }

    /** At most {@code running} guests compute at once; a guest's slot is forfeited after {@code slice}. */
    RunSlots(int running, Duration slice) {
        if (running < 1) {
            throw new IllegalArgumentException("running guests " + running + ": must be at least 1");
        }
        if (slice.isNegative() || slice.isZero()) {
            throw new IllegalArgumentException("run slice " + slice + ": must be positive");
        }
        this.running = running;
        this.sliceNanos = slice.toNanos();
        this.permits = new Semaphore(running);
        this.cells = new AtomicReferenceArray<>(running);
        this.watchdog = new BackgroundLoop("weft-run-slots", new BackgroundLoop.Task() {
            @Override
            public long runDue() {
                return forfeitExpired();
            }

            @Override
            public boolean arrivedBefore(long wakeAt) {
                // a slot taken before the loop published wakeAt is in a cell now: go round again if it ends sooner
                long end = earliestEnd();
                return end != BackgroundLoop.NEVER && (wakeAt == BackgroundLoop.NEVER || end - wakeAt < 0);
            }
        }, TimeUnit.MILLISECONDS.toNanos(1), Duration.ofSeconds(1));
    }

    /** The slice from {@value #SLICE_PROPERTY}, else {@link #DEFAULT_SLICE}. */
    static Duration configuredSlice() {
        String value = System.getProperty(SLICE_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_SLICE;
        }
        try {
            long ms = Long.parseLong(value.trim());
            if (ms > 0) {
                return Duration.ofMillis(ms);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("system property " + SLICE_PROPERTY + "=" + value
                + ": expected a positive number of milliseconds");
    }

    /** A runner for one request's guest thread (not shared between threads). */
    Runner runner() {
        return new Runner();
    }

    /** The bound. */
    int limit() {
        return running;
    }

    /** Slots held now (guests computing under the bound; forfeited ones not counted). */
    int held() {
        return running - permits.availablePermits();
    }

    /** Slots the watchdog has forfeited so far. */
    long forfeits() {
        return forfeits.get();
    }

    /** Stops the watchdog. Guests that still hold slots keep them until they return. */
    @Override
    public void close() {
        watchdog.close();
    }

    /** Takes a permit (waiting) and a cell; null (no slot) when interrupted meanwhile. */
    private Hold take() {
        if (!permits.tryAcquire()) {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        long now = System.nanoTime();
        while (true) {
            for (int i = 0; i < running; i++) {
                if (cells.get(i) == null) {
                    Hold hold = new Hold(i, now);
                    if (cells.compareAndSet(i, null, hold)) {
                        watchdog.wakeIfBefore(now + sliceNanos);
                        return hold;
                    }
                }
            }
            Thread.onSpinWait(); // a holder between clearing its cell and releasing its permit
        }
    }

    /** Gives {@code hold} back unless the watchdog forfeited it already. */
    private void give(Hold hold) {
        if (cells.compareAndSet(hold.cell, hold, null)) {
            permits.release();
        }
    }

    /** One watchdog round: forfeits every hold past its slice; returns when the next one ends. */
    private long forfeitExpired() {
        long now = System.nanoTime();
        long next = BackgroundLoop.NEVER;
        for (int i = 0; i < running; i++) {
            Hold h = cells.get(i);
            if (h == null) {
                continue;
            }
            long end = h.since + sliceNanos;
            if (end - now <= 0) {
                if (cells.compareAndSet(i, h, null)) {
                    forfeits.incrementAndGet(); // counted first: whoever gets the permit sees it
                    permits.release();
                }
            } else if (next == BackgroundLoop.NEVER || end - next < 0) {
                next = end;
            }
        }
        return next;
    }

    private long earliestEnd() {
        long next = BackgroundLoop.NEVER;
        for (int i = 0; i < running; i++) {
            Hold h = cells.get(i);
            if (h != null) {
                long end = h.since + sliceNanos;
                if (next == BackgroundLoop.NEVER || end - next < 0) {
                    next = end;
                }
            }
        }
        return next;
    }

    /**
     * One request's guest thread: {@link #take()} before the guest runs, {@link #give()} after; installed as the
     * thread's {@link Blocking.Hook} meanwhile, so host waits give the slot up.
     */
    final class Runner implements Blocking.Hook {
        private Hold hold;

        private Runner() {
        }

        /** Waits for a slot; false (no slot) if the thread was interrupted meanwhile (its status stays set). */
        boolean take() {
            hold = RunSlots.this.take();
            return hold != null;
        }

        /** Gives the slot back if this thread holds one (not if the watchdog forfeited it). Idempotent. */
        void give() {
            Hold h = hold;
            hold = null;
            if (h != null) {
                RunSlots.this.give(h);
            }
        }

        /** Whether this thread holds a slot (false after a forfeit, seen lazily: for tests). */
        boolean holding() {
            Hold h = hold;
            return h != null && cells.get(h.cell) == h;
        }

        @Override
        public void beforeWait() {
            give();
        }

        @Override
        public void afterWait() {
            if (hold == null && !Thread.currentThread().isInterrupted()) {
                hold = RunSlots.this.take();
            }
        }
    }
}
