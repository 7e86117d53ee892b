package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The asynchronous access log: every line is written, in order per request thread, and none is lost at close. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AccessLogTest {
    @Test
    void formatsOneLinePerRequest() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        AccessLog log = new AccessLog(lines::add);
        log.log("GET", "/hi?x=1", 200, 5, 1_230_000, "ok");
        log.close();
        assertEquals(List.of("GET /hi?x=1 200 5B 1.2ms ok"), lines);
    }

    @Test
    void aLineAppearsSoonWithoutMoreTraffic() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        try (AccessLog log = new AccessLog(lines::add)) {
            Thread.sleep(300); // long enough for the writer to go idle and park
            log.log("GET", "/late", 200, 0, 0, "ok");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (lines.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertEquals(List.of("GET /late 200 0B 0.0ms ok"), lines);
        }
    }

    @Test
    void closeWritesEveryQueuedLineFromManyThreadsInOrderPerThread() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        AccessLog log = new AccessLog(lines::add);
        int threads = 4;
        int each = 40_000; // more than the queue bound in total, so the synchronous fallback is taken too
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String name = "/t" + t;
            Thread w = new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    log.log("GET", name, 200, i, 0, "ok");
                }
            });
            writers.add(w);
            w.start();
        }
        for (Thread w : writers) {
            w.join();
        }
        log.close();
        assertEquals(threads * each, lines.size());
        for (int t = 0; t < threads; t++) {
            String prefix = "GET /t" + t + " 200 ";
            long last = -1;
            int seen = 0;
            for (String line : lines) {
                if (line.startsWith(prefix)) {
                    long bytes = Long.parseLong(line.substring(prefix.length(), line.indexOf('B', prefix.length())));
                    seen++;
                    if (bytes < last) {
                        // the synchronous fallback may overtake queued lines; every line must still be there
                        continue;
                    }
                    last = bytes;
                }
            }
            assertEquals(each, seen, "lines of thread " + t);
        }
        log.log("GET", "/after-close", 200, 0, 0, "ok");
        assertTrue(lines.contains("GET /after-close 200 0B 0.0ms ok"), "a line logged after close is written at once");
    }

    /** Captures the batches of an {@link AccessLogOutput}. */
    private static final class Batches implements AccessLogOutput {
        final List<String> writes = Collections.synchronizedList(new ArrayList<>());
        final List<Long> at = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void write(byte[] lines, int length) {
            writes.add(new String(lines, 0, length, StandardCharsets.UTF_8));
            at.add(System.nanoTime());
        }

        List<String> lines() {
            List<String> out = new ArrayList<>();
            for (String w : List.copyOf(writes)) {
                assertTrue(w.endsWith("\n"), "a batch holds whole lines: " + w);
                out.addAll(List.of(w.substring(0, w.length() - 1).split("\n", -1)));
            }
            return out;
        }
    }

    @Test
    void linesLoggedTogetherGoOutInFewWrites() throws Exception {
        Batches batches = new Batches();
        AccessLog log = new AccessLog(batches, "P ");
        int n = 2_000;
        for (int i = 0; i < n; i++) {
            log.log("GET", "/b" + i, 200, i, 1_250_000, "ok");
        }
        log.close();
        List<String> lines = batches.lines();
        assertEquals(n, lines.size());
        for (int i = 0; i < n; i++) {
            assertEquals("P GET /b" + i + " 200 " + i + "B 1.3ms ok", lines.get(i));
        }
        assertTrue(batches.writes.size() <= n / 20, batches.writes.size() + " writes for " + n + " lines");
    }

    @Test
    void underSteadyTrafficEveryLineAppearsWithinAPoll() throws Exception {
        Batches batches = new Batches();
        List<Long> loggedAt = new ArrayList<>();
        try (AccessLog log = new AccessLog(batches, "")) {
            for (int i = 0; i < 100; i++) {
                loggedAt.add(System.nanoTime());
                log.log("GET", "/s" + i, 200, 0, 0, "ok");
                Thread.sleep(2);
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (batches.lines().size() < 100 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            // every line was written by the writer, not by close; the slowest within 10 polls (scheduling slack
            // on a loaded machine), where a writer that waited for the end of the traffic would take 200 ms
            int line = 0;
            long worst = 0;
            for (int w = 0; w < batches.writes.size(); w++) {
                int inBatch = batches.writes.get(w).split("\n").length;
                for (int k = 0; k < inBatch; k++, line++) {
                    worst = Math.max(worst, batches.at.get(w) - loggedAt.get(line));
                }
            }
            assertEquals(100, line);
            assertTrue(worst < 10 * AccessLog.POLL_NANOS, "a line appeared after " + worst / 1_000_000 + " ms");
        }
    }

    @Test
    void writesLinesToStderrExactlyAsSlf4jSimpleWould() throws Exception {
        // what slf4j-simple itself prints for the access logger on the writer's thread (the reference)
        String reference = captureStderr(() -> {
            Thread t = new Thread(() -> org.slf4j.LoggerFactory.getLogger("dev.weft.server.access")
                    .info("GET /x 200 1B 0.0ms ok"), "weft-access-log");
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        String batched = captureStderr(() -> {
            AccessLog log = new AccessLog();
            log.log("GET", "/x", 200, 1, 0, "ok");
            log.log("GET", "/x", 200, 1, 0, "ok");
            log.close();
        });
        assertEquals(reference + reference, batched);
        assertEquals(AccessLogOutput.SIMPLE_PREFIX + "GET /x 200 1B 0.0ms ok" + System.lineSeparator(), reference);
    }

    private static String captureStderr(Runnable r) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
