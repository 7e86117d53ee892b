package dev.weft.server;

import java.nio.charset.StandardCharsets;
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
 * <p>Request threads only queue an entry; one writer thread formats the lines and writes them in batches: with an
 * {@link AccessLogOutput} (slf4j-simple on stderr, the CLI's setup) a whole batch is one write, otherwise each line
 * goes through the logger. While requests keep coming the writer polls every {@link #POLL_NANOS}, so a line appears
 * within about that long; when idle it parks and the next entry wakes it. {@link #close()} writes every line still
 * queued, so no line is lost at shutdown. If the writer falls behind by {@link #MAX_QUEUED} lines, request threads
 * write their lines themselves instead of dropping them. The writer is a {@link BackgroundLoop}.
 */
final class AccessLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("dev.weft.server.access");
    static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    /** Empty polls before the writer parks until woken. */
    private static final int IDLE_POLLS = 10;
    static final int MAX_QUEUED = 65_536;
    /** A batch is written once its text reaches this many characters. */
    private static final int BATCH_CHARS = 32 * 1024;

    private record Entry(String method, String path, int status, long bytes, long nanos, String outcome) {
    }

    /** One line at a time (the logger, or a test), or null. */
    private final Consumer<String> perLine;
    /** Whole batches, or null. */
    private final AccessLogOutput batches;
    private final String prefix;
    private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    /** The writer's batch text, reused (guarded by this). */
    private final StringBuilder batch = new StringBuilder(1024);
    private final BackgroundLoop writer;

    /**
     * Lines go to the {@code dev.weft.server.access} logger at INFO (nothing is queued while that is off), in
     * batches when the logger is slf4j-simple writing to a standard stream.
     */
    AccessLog() {
        this(LOG.isInfoEnabled() ? AccessLogOutput.simpleLoggerStream(LOG) : null, AccessLogOutput.SIMPLE_PREFIX,
                LOG.isInfoEnabled() ? LOG::info : null);
    }

    /** Lines go to {@code out} one by one ({@code null}: the log is off). */
    AccessLog(Consumer<String> out) {
        this(null, "", out);
    }

    /** Lines go to {@code batches}, each line as {@code prefix} + the line + newline. */
    AccessLog(AccessLogOutput batches, String prefix) {
        this(batches, prefix, null);
    }

    private AccessLog(AccessLogOutput batches, String prefix, Consumer<String> perLine) {
        this.batches = batches;
        this.prefix = prefix;
        this.perLine = batches == null ? perLine : null;
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

    private boolean off() {
        return batches == null && perLine == null;
    }

    /** Queues the line for {@code method path} (a cheap call on the request's thread). */
    void log(String method, String path, int status, long bytes, long nanos, String outcome) {
        if (off()) {
            return;
        }
        Entry entry = new Entry(method, path, status, bytes, nanos, outcome);
        boolean closed = writer.closed();
        if (closed || queued.incrementAndGet() > MAX_QUEUED) {
            if (!closed) {
                queued.decrementAndGet();
            }
            writeNow(entry); // behind by that much (or shut down): no line is dropped
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
            n++;
            if (batches == null) {
                perLine.accept(line(e));
                continue;
            }
            append(batch, e);
            if (batch.length() >= BATCH_CHARS) {
                writeBatch();
            }
        }
        if (batches != null && !batch.isEmpty()) {
            writeBatch();
        }
        return n;
    }

    private void writeBatch() {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        batch.setLength(0);
        batches.write(bytes, bytes.length);
    }

    /** A line written by the calling thread (the queue is full, or the log is closed). */
    private void writeNow(Entry e) {
        if (batches == null) {
            perLine.accept(line(e));
            return;
        }
        StringBuilder one = new StringBuilder(prefix.length() + 64);
        append(one, e);
        byte[] bytes = one.toString().getBytes(StandardCharsets.UTF_8);
        batches.write(bytes, bytes.length);
    }

    private void append(StringBuilder sb, Entry e) {
        sb.append(prefix);
        appendLine(sb, e);
        sb.append('\n');
    }

    private static String line(Entry e) {
        StringBuilder sb = new StringBuilder(64);
        appendLine(sb, e);
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, Entry e) {
        sb.append(e.method).append(' ').append(e.path).append(' ').append(e.status).append(' ').append(e.bytes)
                .append("B ");
        appendMillis(sb, e.nanos);
        sb.append("ms ").append(e.outcome);
    }

    /** {@code nanos} in milliseconds with one decimal, e.g. {@code 1.2} (String.format costs more than the rest). */
    static String millis(long nanos) {
        StringBuilder sb = new StringBuilder(8);
        appendMillis(sb, nanos);
        return sb.toString();
    }

    private static void appendMillis(StringBuilder sb, long nanos) {
        long tenths = (nanos + 50_000) / 100_000; // rounded half up, as Math.round(nanos / 1e5) for nanos >= 0
        sb.append(tenths / 10).append('.').append(tenths % 10);
    }
}
