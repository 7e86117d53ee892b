package dev.weft.server;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what a guest wrote into a response that is still being held back, {@link #DELAY_NANOS} after its first
 * write or flush. A guest that ends its response within that time gets it sent in one piece with a Content-Length
 * (see {@link JettyResponseSink}); one that writes, flushes and then waits (a streaming response) has its first
 * bytes on the wire at most this late, and everything after them goes out as it is written.
 *
 * <p>One thread for the server. Requests only append to a queue (ordered by due time, as every request waits the
 * same delay). While requests keep coming the thread polls the queue every {@link #DELAY_NANOS}; after
 * {@link #IDLE_POLLS} empty polls it sleeps and the next request wakes it.
 */
final class FlushBehind implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FlushBehind.class);
    static final long DELAY_NANOS = TimeUnit.MICROSECONDS.toNanos(1000);
    /** Empty polls (one per {@link #DELAY_NANOS}) before the thread sleeps until a request wakes it. */
    private static final int IDLE_POLLS = 200;

    private record Due(JettyResponseSink sink, long at) {
    }

    private final ConcurrentLinkedQueue<Due> queue = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean sleeping;
    private volatile boolean closed;

    FlushBehind() {
        thread = new Thread(this::run, "weft-flush-behind");
        thread.setDaemon(true);
        thread.start();
    }

    /** {@code sink} has bytes (or a flush) held back: send them in {@link #DELAY_NANOS} unless it ends first. */
    void schedule(JettyResponseSink sink) {
        queue.add(new Due(sink, System.nanoTime() + DELAY_NANOS));
        if (sleeping) {
            sleeping = false;
            LockSupport.unpark(thread);
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        int idle = 0;
        while (!closed) {
            Due head = queue.peek();
            if (head == null) {
                // keep polling for a while: under steady traffic the thread is then never woken per request
                if (++idle < IDLE_POLLS) {
                    LockSupport.parkNanos(this, DELAY_NANOS);
                    continue;
                }
                sleeping = true;
                if (queue.isEmpty() && !closed) {
                    LockSupport.park(this);
                }
                sleeping = false;
                idle = 0;
                continue;
            }
            idle = 0;
            long wait = head.at - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            queue.poll();
            try {
                head.sink.flushBehind();
            } catch (RuntimeException e) {
                // flushBehind does not throw; a bug there must not stop the other responses' flushes
                LOG.warn("sending a held-back response failed", e);
            }
        }
        // a closing server: whatever is still held back goes out now
        Due d;
        while ((d = queue.poll()) != null) {
            d.sink.flushBehind();
        }
    }
}
