package dev.weft.server;

import dev.weft.wasi.io.Blocking;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds how many guests <em>compute</em> at once (by default one per core), independently of how many requests
 * are in flight ({@link ServerConfig#maxConcurrentRequests()}, each on its own guest thread). Wasmtime's async
 * executor does the same: a guest parked on a host future does not hold a core.
 *
 * <ul>
 *   <li>A request's guest takes a slot before it is instantiated and called, and gives it back when it returned
 *       (also after a trap, a deadline, an exception): {@link Runner#take()} and {@link Runner#give()}. With
 *       {@link Dispatch#POOL} a request that finds no free slot waits in a queue without a thread
 *       ({@link #dispatch}); a guest thread that finishes its request takes the next queued one itself, keeping
 *       its slot (and its caches), unless a guest that came back from a host wait is waiting for a slot.</li>
 *   <li>A wait in host code (a pollable that is not ready, a request body that has not arrived, a response write
 *       waiting for the client, an outgoing request) gives the slot up and takes one again after: the runner is the
 *       thread's {@link Blocking.Hook}. Guests coming back from a wait go before queued requests. Taking a slot
 *       again returns at once on an interrupted thread (deadline, shutdown), without a slot, so the guest
 *       unwinds.</li>
 *   <li><b>The forfeit rule.</b> A guest that computes for longer than the slice without waiting (a loop, a big
 *       request) must not shut the others out: a watchdog thread (a {@link BackgroundLoop}) gives up the slot of
 *       every guest that has held it for longer than the slice and whose thread ran (CPU time) for at least half
 *       of the last half slice, on its behalf. That guest runs on, time-shared with the others by the OS, and
 *       gives nothing back when it waits or returns; after a wait it takes a slot again as every guest does. So
 *       guests that loop on every core delay a short request by about one slice, not until their deadline. The
 *       CPU-time test keeps a guest that was only stalled (a garbage-collection pause, other processes on the
 *       machine) from losing its slot: a forfeit starts one more guest, and a wall-clock rule forfeited every slot
 *       at every long collection pause (5 % of the JS hello requests under load). A guest that holds its slot for
 *       {@link SlotHolds#STALLED_SLICES} slices loses it whatever its CPU time: it waits in host code that no
 *       {@link Blocking} bracket covers.</li>
 * </ul>
 *
 * <p>Who holds which slot, and the watchdog that applies the forfeit rule, are {@link SlotHolds}'s: whoever clears
 * a hold there owns its permit, and releases it here (or, a guest thread that runs queued requests, keeps it for
 * the next one), so a permit is released exactly once.
 */
final class RunSlots implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunSlots.class);
    /** The system property that sets the slice in milliseconds (read at server start). */
    static final String SLICE_PROPERTY = "weft.server.runSliceMillis";
    /**
     * How long a guest may compute without a wait before its slot is forfeited: the JS hello request costs about
     * 1.5 ms of CPU, so a request that runs 10x that is rare and one slice is a bounded delay for the others.
     */
    static final Duration DEFAULT_SLICE = Duration.ofMillis(20);
    /** A request waiting for a slot ({@link Dispatch#POOL}): run it on a guest thread, or refuse it. */
    interface Queued extends Runnable {
        /** The server is closing, or no guest thread took it: answer 503. */
        void refuse();
    }

    private final int running;
    private final Semaphore permits;
    private final SlotHolds holds;
    /** Requests started on a guest thread from the executor / run by the thread that finished the one before. */
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong runOn = new AtomicLong();
    /** Slots given up for a wait in host code. */
    private final AtomicLong waits = new AtomicLong();
    private final ConcurrentLinkedQueue<Queued> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    /** Requests dispatched and not finished (queued, waiting for a guest thread, running). */
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ThreadLocal<Runner> handed = new ThreadLocal<>();
    private volatile Executor threads;
    private volatile int maxInFlight;
    private volatile boolean closed;

    /** At most {@code running} guests compute at once; a guest's slot is forfeited after {@code slice}. */
    RunSlots(int running, Duration slice) {
        if (running < 1) {
            throw new IllegalArgumentException("running guests " + running + ": must be at least 1");
        }
        if (slice.isNegative() || slice.isZero()) {
            throw new IllegalArgumentException("run slice " + slice + ": must be positive");
        }
        this.running = running;
        this.permits = new Semaphore(running);
        this.holds = new SlotHolds(running, slice.toNanos(), this::release);
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

    /**
     * {@link Dispatch#POOL}: requests are started on {@code guestThreads} once they have a slot; at most
     * {@code maxInFlight} are dispatched and not finished at once (past that {@link #dispatch} refuses).
     */
    void runOn(Executor guestThreads, int maxInFlight) {
        this.threads = guestThreads;
        this.maxInFlight = maxInFlight;
    }

    /**
     * Runs {@code request} on a guest thread that holds a slot for it: at once if one is free, else when one comes
     * free; refuses it (on this thread) when {@code maxInFlight} requests are in flight already.
     */
    void dispatch(Queued request) {
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            request.refuse();
            return;
        }
        if (!permits.hasQueuedThreads() && permits.tryAcquire()) {
            start(request);
            return;
        }
        queued.incrementAndGet();
        queue.add(request);
        startQueued(); // a slot may have come free meanwhile
    }

    /** An admitted request is refused after all (closing, no guest thread). */
    private void refuse(Queued request) {
        inFlight.decrementAndGet();
        request.refuse();
    }

    /** A runner for the calling guest thread: the one a queued request was handed with, or a new one. */
    Runner runner() {
        Runner r = handed.get();
        return r != null ? r : new Runner(false);
    }

    /** The bound. */
    int limit() {
        return running;
    }

    /** Slots held now (guests computing under the bound; forfeited ones not counted). */
    int held() {
        return running - permits.availablePermits();
    }

    /** Requests dispatched and not finished. */
    int inFlight() {
        return inFlight.get();
    }

    /** Requests waiting for a slot without a thread. */
    int queued() {
        return queued.get();
    }

    /** Slots the watchdog has forfeited so far. */
    long forfeits() {
        return holds.forfeits();
    }

    /**
     * Stops the watchdog and refuses the requests that still wait for a slot. Guests that hold slots keep them
     * until they return.
     */
    @Override
    public void close() {
        closed = true;
        holds.close();
        LOG.info("run slots ({} at once, slice {} ms): {} requests started on a guest thread, {} run next by the "
                + "thread that finished one, {} host waits gave a slot up, {} slots forfeited", running,
                holds.sliceMillis(), started.get(), runOn.get(), waits.get(), holds.forfeits());
        for (Queued q; (q = pollQueued()) != null; ) {
            try {
                refuse(q);
            } catch (RuntimeException e) {
                // the connection is gone with the server; nothing is left to answer
            }
        }
    }

    private Queued pollQueued() {
        Queued q = queue.poll();
        if (q != null) {
            queued.decrementAndGet();
        }
        return q;
    }

    /** Starts queued requests while slots are free and no guest back from a wait is waiting for one. */
    private void startQueued() {
        while (!queue.isEmpty() && !permits.hasQueuedThreads() && permits.tryAcquire()) {
            Queued q = pollQueued();
            if (q == null) {
                permits.release(); // another thread took it meanwhile; the loop looks again
            } else {
                start(q);
            }
        }
    }

    /** Releases a permit: to a guest waiting after a host wait, else to a queued request. */
    private void release() {
        permits.release();
        if (!queue.isEmpty()) {
            startQueued();
        }
    }

    /** Starts {@code request} on a guest thread; the caller holds a permit for it. */
    private void start(Queued request) {
        Executor t = threads;
        if (t == null || closed) {
            release();
            refuse(request);
            return;
        }
        try {
            started.incrementAndGet();
            t.execute(() -> runHanded(request));
        } catch (RejectedExecutionException e) {
            release();
            refuse(request);
        }
    }

    /**
     * On a guest thread that holds a permit: runs {@code first}, then queued requests one after the other while it
     * still holds a slot at the end of each (its caches are warm), unless a guest back from a host wait wants it.
     */
    private void runHanded(Queued first) {
        Runner runner = new Runner(true);
        handed.set(runner);
        try {
            Queued next = first;
            while (next != null) {
                try {
                    next.run();
                } finally {
                    inFlight.decrementAndGet();
                }
                next = null;
                if (runner.loose) {
                    if (!permits.hasQueuedThreads() && !closed) {
                        next = pollQueued();
                        if (next != null) {
                            runOn.incrementAndGet();
                        }
                    }
                    if (next == null) {
                        runner.loose = false;
                        release();
                    }
                }
            }
        } finally {
            handed.remove();
            if (runner.loose) { // a request threw past its runner: its permit goes back
                runner.loose = false;
                release();
            }
        }
    }

    /** Takes a permit (waiting) and a cell; null (no slot) when interrupted meanwhile. */
    private SlotHolds.Hold take() {
        if (!permits.tryAcquire()) {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                // a permit released to this waiter may be left free: queued requests must not wait for the next one
                startQueued();
                return null;
            }
        }
        return holds.claim();
    }

    /**
     * One guest thread's slot: {@link #take()} before the guest runs, {@link #give()} after; installed as the
     * thread's {@link Blocking.Hook} meanwhile, so host waits give the slot up. Used by one thread only.
     */
    final class Runner implements Blocking.Hook {
        /** A thread started for a queued request: at the end of a request it keeps its permit for the next. */
        private final boolean keeps;
        private SlotHolds.Hold hold;
        /** The thread owns a permit that is in no cell (handed to it with a queued request, or kept). */
        private boolean loose;

        private Runner(boolean handedWithPermit) {
            this.keeps = handedWithPermit;
            this.loose = handedWithPermit;
        }

        /** Takes a slot (the permit it was handed with, or waits for one); false if interrupted meanwhile. */
        boolean take() {
            if (hold != null) {
                return true;
            }
            if (loose) {
                loose = false;
                hold = holds.claim();
                return true;
            }
            hold = RunSlots.this.take();
            return hold != null;
        }

        /**
         * Gives the slot back if this thread holds one (not if the watchdog forfeited it): released, or kept for the
         * next queued request on a thread that runs them. Idempotent.
         */
        void give() {
            SlotHolds.Hold h = hold;
            hold = null;
            if (h != null && holds.clear(h)) {
                if (keeps) {
                    loose = true;
                } else {
                    release();
                }
            }
        }

        /** Whether this thread holds a slot (false after a forfeit): for tests. */
        boolean holding() {
            SlotHolds.Hold h = hold;
            return h != null && holds.held(h);
        }

        @Override
        public void beforeWait() {
            waits.incrementAndGet();
            SlotHolds.Hold h = hold;
            hold = null;
            if (h != null && holds.clear(h)) {
                release();
            }
            if (loose) {
                loose = false;
                release();
            }
        }

        @Override
        public void afterWait() {
            if (hold == null && !Thread.currentThread().isInterrupted()) {
                hold = RunSlots.this.take();
            }
        }
    }
}
