package dev.weft.server;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One timer thread for all request deadlines. When a deadline fires it answers the client (the {@link Expiry}, a
 * {@link JettyResponseSink}) and interrupts the guest's thread; Endive's compiled code checks
 * {@code Thread.isInterrupted()} and unwinds the guest.
 *
 * <p>Arming and disarming are a set insert and remove on the request's thread: the timer thread sleeps until the
 * earliest deadline it knows of and is only woken when a new deadline is earlier than that (with one deadline for
 * every request that happens only when the timer is idle). A deadline fires at most {@link #SLACK_NANOS} late. The
 * thread is a {@link BackgroundLoop}.
 */
final class Deadlines implements AutoCloseable {
    /** The timer sleeps at most this long past a deadline; re-checks at least this often. */
    static final long SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long IDLE = BackgroundLoop.NEVER;

    /** What a deadline does before it interrupts the guest: answer the client. */
    @FunctionalInterface
    interface Expiry {
        void expire(String reason);
    }

    private final Set<Armed> armed = ConcurrentHashMap.newKeySet();
    private final BackgroundLoop timer = new BackgroundLoop("weft-deadlines", new BackgroundLoop.Task() {
        @Override
        public long runDue() {
            long now = System.nanoTime();
            for (Armed a : armed) {
                if (a.due - now <= 0) {
                    armed.remove(a);
                    a.fire();
                }
            }
            return earliest();
        }

        @Override
        public boolean arrivedBefore(long wakeAt) {
            // a deadline armed before it saw the new wake-up time is in the set now: if one is earlier, go round again
            return earliest() != wakeAt;
        }
    }, SLACK_NANOS / 2, Duration.ofSeconds(1));

    /** Arms a deadline for the calling thread's guest; close the result when the guest returned. */
    Armed arm(Duration deadline, Expiry sink) {
        return arm(deadline, sink, InterruptGate.forCurrentThread());
    }

    /**
     * Arms a deadline for the calling thread's guest, whose interrupt goes through {@code gate} (held back while
     * the guest's thread is in Jetty's I/O); close the result when the guest returned: that closes the gate.
     */
    Armed arm(Duration deadline, Expiry sink, InterruptGate gate) {
        Armed a = new Armed(this, gate, sink, deadline, System.nanoTime() + deadline.toNanos());
        armed.add(a);
        timer.wakeIfBefore(a.due);
        return a;
    }

    /** Stops the timer thread and waits (briefly) until it is gone, so a closed server leaves no thread behind. */
    @Override
    public void close() {
        timer.close();
    }

    /** The earliest armed deadline, or {@link #IDLE}. */
    private long earliest() {
        long next = IDLE;
        for (Armed a : armed) {
            if (next == IDLE || a.due - next < 0) {
                next = a.due;
            }
        }
        return next;
    }

    /** One armed deadline. */
    static final class Armed implements AutoCloseable {
        private final Deadlines owner;
        private final InterruptGate guest;
        private final Expiry sink;
        private final Duration deadline;
        private final long due;
        private boolean done;
        private boolean fired;

        private Armed(Deadlines owner, InterruptGate guest, Expiry sink, Duration deadline, long due) {
            this.owner = owner;
            this.guest = guest;
            this.sink = sink;
            this.deadline = deadline;
            this.due = due;
        }

        private synchronized void fire() {
            if (done) {
                return;
            }
            fired = true;
            sink.expire("deadline of " + deadline.toMillis() + " ms exceeded");
            guest.interrupt();
        }

        synchronized boolean fired() {
            return fired;
        }

        /**
         * Disarms and closes the gate: on the guest's thread, clears the interrupt the deadline may have left on
         * this pool thread, and none comes after.
         */
        @Override
        public void close() {
            synchronized (this) {
                done = true;
            }
            owner.armed.remove(this);
            guest.close();
        }
    }
}
