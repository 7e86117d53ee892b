package dev.weft.server;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what a guest wrote into a response that is still being held back, {@link #DELAY_NANOS} after its first
 * write or flush (at most {@link #TICK_NANOS} later than that). A guest that ends its response within that time gets
 * it sent in one piece with a Content-Length (see {@link JettyResponseSink}); one that writes, flushes and then
 * waits (a streaming response) has its first bytes on the wire at most this late, and everything after them goes
 * out as it is written.
 *
 * <p>One thread for the server. Requests only append to a queue (ordered by due time, as every request waits the
 * same delay). Each round handles every entry that is due and then sleeps until the next entry is due, but at least
 * {@link #TICK_NANOS} after the round began: under traffic (an entry every few microseconds, nearly all of them for
 * responses that ended long before they are due) the thread wakes about once per tick, not once per request. After
 * {@link #IDLE_POLLS} empty polls it sleeps until a request wakes it. The thread is a {@link BackgroundLoop}.
 */
final class FlushBehind implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FlushBehind.class);
    static final long DELAY_NANOS = TimeUnit.MICROSECONDS.toNanos(1000);
    /** Rounds start at most this often; an entry is handled at most this long after it is due. */
    static final long TICK_NANOS = TimeUnit.MICROSECONDS.toNanos(1000);
    /** Empty polls (one per {@link #DELAY_NANOS}) before the thread sleeps until a request wakes it. */
    private static final int IDLE_POLLS = 200;

    /** A response with bytes (or a flush) held back. */
    @FunctionalInterface
    interface Held {
        /** Sends what is held, without blocking; does nothing if the response ended or failed meanwhile. */
        void flushBehind();
    }

    private record Due(Held sink, long at) {
    }

    private final ConcurrentLinkedQueue<Due> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong rounds = new AtomicLong();
    private final BackgroundLoop thread = new BackgroundLoop("weft-flush-behind", new BackgroundLoop.Task() {
        // under steady traffic the thread polls, and is never woken per request
        private final BackgroundLoop.Polling polls = new BackgroundLoop.Polling(DELAY_NANOS, IDLE_POLLS);

        @Override
        public long runDue() {
            rounds.incrementAndGet();
            long start = System.nanoTime();
            Due head;
            while ((head = queue.peek()) != null && head.at - start <= 0) {
                queue.poll();
                try {
                    head.sink.flushBehind();
                } catch (RuntimeException e) {
                    // flushBehind does not throw; a bug there must not stop the other responses' flushes
                    LOG.warn("sending a held-back response failed", e);
                }
            }
            if (head == null) {
                return polls.idlePoll();
            }
            polls.busy();
            long tick = start + TICK_NANOS;
            return head.at - tick > 0 ? head.at : tick;
        }

        @Override
        public boolean arrivedBefore(long wakeAt) {
            return BackgroundLoop.Polling.queuedWhileSleeping(wakeAt, queue);
        }

        @Override
        public void drain() {
            // a closing server: whatever is still held back goes out now
            Due d;
            while ((d = queue.poll()) != null) {
                d.sink.flushBehind();
            }
        }
    }, 0, Duration.ofSeconds(1));

    /** {@code sink} has bytes (or a flush) held back: send them in {@link #DELAY_NANOS} unless it ends first. */
    void schedule(Held sink) {
        queue.add(new Due(sink, System.nanoTime() + DELAY_NANOS));
        thread.wakeIfSleeping();
    }

    /** Rounds the thread has run so far (for tests: how often it woke). */
    long rounds() {
        return rounds.get();
    }

    @Override
    public void close() {
        thread.close();
    }
}
