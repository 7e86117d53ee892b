package dev.weft.server;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SLF4J line per request on logger {@code dev.weft.server.access}:
 * {@code METHOD path status bytes duration outcome}, e.g. {@code GET /hi 200 5B 1.2ms ok}.
 *
 * <p>Request threads only queue an entry; one writer thread formats and logs the lines in batches, so the
 * formatting and the logger's write (a synchronous write to stderr for slf4j-simple) stay off the request path.
 * While requests keep coming the writer polls every {@link #POLL_NANOS}; when idle it parks and the next entry wakes
 * it. {@link #close()} logs every line still queued, so no line is lost at shutdown. If the writer falls behind by
 * {@link #MAX_QUEUED} lines, request threads log synchronously instead of dropping lines. The writer is a
 * {@link BackgroundLoop}.
 */
final class AccessLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("dev.weft.server.access");
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    /** Empty polls before the writer parks until woken. */
    private static final int IDLE_POLLS = 50;
    static final int MAX_QUEUED = 65_536;

    private record Entry(String method, String path, int status, long bytes, long nanos, String outcome) {
    }

    private final Consumer<String> out;
    private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final BackgroundLoop writer;

    /** Lines go to the {@code dev.weft.server.access} logger at INFO (nothing is queued while that is off). */
    AccessLog() {
        this(LOG.isInfoEnabled() ? LOG::info : null);
    }

    /** Lines go to {@code out} ({@code null}: the log is off). */
    AccessLog(Consumer<String> out) {
        this.out = out;
        writer = new BackgroundLoop("weft-access-log", new BackgroundLoop.Task() {
            private final BackgroundLoop.Polling polls = new BackgroundLoop.Polling(POLL_NANOS, IDLE_POLLS);

            @Override
            public long runDue() {
                return AccessLog.this.drain() > 0 ? polls.busyPoll() : polls.idlePoll();
            }

            @Override
            public boolean arrivedBefore(long wakeAt) {
                return BackgroundLoop.Polling.queuedWhileSleeping(wakeAt, queue);
            }

            @Override
            public void drain() {
                AccessLog.this.drain();
            }
        }, 0, Duration.ofSeconds(5));
    }

    /** Queues the line for {@code method path} (a cheap call on the request's thread). */
    void log(String method, String path, int status, long bytes, long nanos, String outcome) {
        if (out == null) {
            return;
        }
        Entry entry = new Entry(method, path, status, bytes, nanos, outcome);
        boolean closed = writer.closed();
        if (closed || queued.incrementAndGet() > MAX_QUEUED) {
            if (!closed) {
                queued.decrementAndGet();
            }
            write(entry); // behind by that much (or shut down): no line is dropped
            return;
        }
        queue.add(entry);
        if (writer.closed()) {
            drain(); // close() may have done its last drain before the add
            return;
        }
        writer.wakeIfSleeping();
    }

    /** Stops the writer after it has logged every queued line. */
    @Override
    public void close() {
        writer.close();
        drain(); // whatever came in after the writer's last drain (or if it did not stop in time)
    }

    private synchronized int drain() {
        int n = 0;
        Entry e;
        while ((e = queue.poll()) != null) {
            queued.decrementAndGet();
            write(e);
            n++;
        }
        return n;
    }

    private void write(Entry e) {
        out.accept(e.method + ' ' + e.path + ' ' + e.status + ' ' + e.bytes + "B " + millis(e.nanos) + "ms "
                + e.outcome);
    }

    /** {@code nanos} in milliseconds with one decimal, e.g. {@code 1.2} (String.format costs more than the rest). */
    static String millis(long nanos) {
        long tenths = Math.round(nanos / 1e5);
        return (tenths / 10) + "." + (tenths % 10);
    }
}
