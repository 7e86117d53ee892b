package dev.weft.server;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread that runs a {@link Task} round after round, for the server's background work (deadlines,
 * flush-behind, the access log). Each round does what is due and says when the next one should start by itself: at
 * a {@link System#nanoTime()} instant, or {@link #NEVER} to sleep until woken. Request threads hand work over with
 * cheap calls: they queue it in the task's own structure, then {@link #wakeIfSleeping()} or
 * {@link #wakeIfBefore(long)}, which unpark the thread only when it would otherwise not see the work in time.
 *
 * <p>No work is missed: the loop publishes its wake-up time before it parks and then asks the task whether work
 * came in meanwhile ({@link Task#arrivedBefore}); a request thread queues its work before it reads that time. A
 * round that throws is logged and the loop goes on (after {@link #RETRY_NANOS}). {@link #close()} stops the loop,
 * runs {@link Task#drain()} once on the loop's thread and waits (up to the join timeout) for the thread to end; it
 * may be called more than once.
 */
final class BackgroundLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundLoop.class);
    /** A wake-up time meaning: sleep until woken. */
    static final long NEVER = Long.MAX_VALUE;
    /** The pause after a round that threw, so a task that keeps failing does not spin. */
    static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /**
     * A round is about to run (published by a request thread that woke the sleeping loop, so the others need not
     * wake it again, and before the first round).
     */
    private static final long WAKING = Long.MIN_VALUE;

    /** The work of one background loop. */
    interface Task {
        /** Does what is due now; returns the {@link System#nanoTime()} of the next round, or {@link #NEVER}. */
        long runDue();

        /**
         * Called after the loop published {@code wakeAt} and before it parks: whether work that is due before then
         * came in meanwhile (the loop then starts a round at once).
         */
        boolean arrivedBefore(long wakeAt);

        /** Called once on the loop's thread when it stops: finish what is still queued (nothing by default). */
        default void drain() {
        }
    }

    /**
     * The wake-up times of a task that polls for queued work: every {@code intervalNanos} while work keeps coming
     * (so request threads need not wake it), and after {@code idlePolls} empty polls it sleeps until woken.
     */
    static final class Polling {
        private final long intervalNanos;
        private final int idlePolls;
        private int idle;

        Polling(long intervalNanos, int idlePolls) {
            this.intervalNanos = intervalNanos;
            this.idlePolls = idlePolls;
        }

        /** The round found work: the empty polls count from zero again. */
        void busy() {
            idle = 0;
        }

        /** The round found work; the next poll is one interval from now. */
        long busyPoll() {
            idle = 0;
            return System.nanoTime() + intervalNanos;
        }

        /** The round found no work: poll again in one interval, or {@link #NEVER} after enough empty polls. */
        long idlePoll() {
            if (++idle < idlePolls) {
                return System.nanoTime() + intervalNanos;
            }
            idle = 0;
            return NEVER;
        }

        /** {@link Task#arrivedBefore} for a queue: work queued while the loop decided to sleep until woken. */
        static boolean queuedWhileSleeping(long wakeAt, java.util.Queue<?> queue) {
            return wakeAt == NEVER && !queue.isEmpty();
        }
    }

    private final Task task;
    private final Thread thread;
    private final long lateNanos;
    private final Duration joinTimeout;
    /** When the loop wakes up by itself ({@link System#nanoTime()}), {@link #NEVER} or {@link #WAKING}. */
    private volatile long wakeAt;
    private volatile boolean closed;

    /**
     * Starts the thread {@code name}.
     *
     * @param lateNanos   added to every timed sleep (a timer may wake this much after the instant it asked for)
     * @param joinTimeout how long {@link #close()} waits for the thread to end
     */
    BackgroundLoop(String name, Task task, long lateNanos, Duration joinTimeout) {
        this.task = task;
        this.lateNanos = lateNanos;
        this.joinTimeout = joinTimeout;
        this.wakeAt = WAKING; // the first round is about to run: it sees whatever is queued before it
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Wakes the loop if it sleeps until woken ({@link #NEVER}); work due later is seen by its next round. */
    void wakeIfSleeping() {
        if (wakeAt == NEVER) {
            wakeAt = WAKING;
            LockSupport.unpark(thread);
        }
    }

    /** Wakes the loop unless it will start a round by itself before {@code due} ({@link System#nanoTime()}). */
    void wakeIfBefore(long due) {
        long w = wakeAt;
        if (w == NEVER || (w != WAKING && due - w < 0)) {
            LockSupport.unpark(thread);
        }
    }

    /** True once {@link #close()} was called. */
    boolean closed() {
        return closed;
    }

    /** Stops the loop: its thread drains the task and ends; waits for that up to the join timeout. Idempotent. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            thread.join(joinTimeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (!closed) {
            long next = round();
            wakeAt = next;
            if (task.arrivedBefore(next)) {
                continue;
            }
            if (next == NEVER) {
                if (!closed) {
                    LockSupport.park(this);
                }
            } else {
                long sleep = next - System.nanoTime();
                if (sleep > 0 && !closed) {
                    LockSupport.parkNanos(this, sleep + lateNanos);
                }
            }
        }
        try {
            task.drain();
        } catch (RuntimeException e) {
            LOG.warn("{}: draining at close failed", thread.getName(), e);
        }
    }

    private long round() {
        try {
            return task.runDue();
        } catch (RuntimeException e) {
            LOG.warn("{}: a round of background work failed; the loop goes on", thread.getName(), e);
            return System.nanoTime() + RETRY_NANOS;
        }
    }
}
