package dev.weft.server;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One timer thread for all request deadlines. When a deadline fires it answers the client (see
 * {@link JettyResponseSink#expire}) and interrupts the guest's thread; Endive's compiled code checks
 * {@code Thread.isInterrupted()} and unwinds the guest.
 */
final class Deadlines implements AutoCloseable {
    private final ScheduledThreadPoolExecutor timer;

    Deadlines() {
        timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "weft-deadlines");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Arms a deadline for the calling thread's guest; close the result when the guest returned. */
    Armed arm(Duration deadline, JettyResponseSink sink) {
        Armed armed = new Armed(Thread.currentThread(), sink, deadline);
        armed.future = timer.schedule(armed::fire, deadline.toNanos(), TimeUnit.NANOSECONDS);
        return armed;
    }

    /** Stops the timer thread and waits (briefly) until it is gone, so a closed server leaves no thread behind. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One armed deadline. */
    static final class Armed implements AutoCloseable {
        private final Thread guest;
        private final JettyResponseSink sink;
        private final Duration deadline;
        private ScheduledFuture<?> future;
        private boolean done;
        private boolean fired;

        private Armed(Thread guest, JettyResponseSink sink, Duration deadline) {
            this.guest = guest;
            this.sink = sink;
            this.deadline = deadline;
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

        /** Disarms; on the guest's thread, clears the interrupt the deadline may have left on this pool thread. */
        @Override
        public void close() {
            boolean clear;
            synchronized (this) {
                done = true;
                clear = fired;
            }
            if (future != null) {
                future.cancel(false);
            }
            if (clear && Thread.currentThread() == guest) {
                Thread.interrupted();
            }
        }
    }
}
