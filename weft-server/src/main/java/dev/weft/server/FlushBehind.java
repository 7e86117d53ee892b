package dev.weft.server;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends what a guest wrote into a response that is still being held back, {@link #DELAY_NANOS} after its first
 * write or flush. A guest that ends its response within that time gets it sent in one piece with a Content-Length
 * (see {@link JettyResponseSink}); one that writes, flushes and then waits (a streaming response) has its first
 * bytes on the wire at most this late, and everything after them goes out as it is written.
 *
 * <p>One thread for the server. Requests only append to a queue (ordered by due time, as every request waits the
 * same delay); the thread is woken when it was idle, otherwise it finds the new entries when it next wakes.
 */
final class FlushBehind implements AutoCloseable {
    static final long DELAY_NANOS = TimeUnit.MICROSECONDS.toNanos(1000);

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
        while (!closed) {
            Due head = queue.peek();
            if (head == null) {
                sleeping = true;
                if (queue.isEmpty() && !closed) {
                    LockSupport.park(this);
                }
                sleeping = false;
                continue;
            }
            long wait = head.at - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            queue.poll();
            head.sink.flushBehind();
        }
        // a closing server: whatever is still held back goes out now
        Due d;
        while ((d = queue.poll()) != null) {
            d.sink.flushBehind();
        }
    }
}
