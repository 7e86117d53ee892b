package dev.weft.server.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load generator for a running server: {@code healthyWorkers} virtual threads send healthy requests back to back
 * (GET /hello to a WAT guest, POST /echo of 2 KiB to the JS guest, alternating) while {@code faultWorkers} virtual
 * threads send the {@link FaultKind}s round-robin. Each request is checked: a healthy one must get 200 and the exact
 * body; a faulty one its kind's outcome. Anything else is counted, with a sample kept for the report.
 */
final class FaultLoad {
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);
    private static final byte[] ECHO_BODY = echoBody();

    private final URI base;
    private final long hugeBodyBytes;
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger healthyOk = new AtomicInteger();
    final AtomicInteger hostErrors = new AtomicInteger();
    final AtomicInteger faultMismatches = new AtomicInteger();
    final Map<FaultKind, AtomicInteger> faults = new EnumMap<>(FaultKind.class);
    final Map<FaultKind, AtomicInteger> faultAborts = new EnumMap<>(FaultKind.class);
    final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    private final AtomicLong faultCursor = new AtomicLong();

    FaultLoad(URI base, long hugeBodyBytes) {
        this.base = base;
        this.hugeBodyBytes = hugeBodyBytes;
        for (FaultKind k : FaultKind.values()) {
            faults.put(k, new AtomicInteger());
            faultAborts.put(k, new AtomicInteger());
        }
    }

    /** Sorted healthy latencies (ms) of one phase, of both guests and of each. */
    record Latencies(long[] all, long[] wat, long[] js) {
        String describe() {
            return "p50 " + percentile(all, 0.5) + " ms, p99 " + percentile(all, 0.99) + " ms (" + all.length
                    + " requests; WAT GET /hello p50 " + percentile(wat, 0.5) + " p99 " + percentile(wat, 0.99)
                    + ", JS POST /echo p50 " + percentile(js, 0.5) + " p99 " + percentile(js, 0.99) + ")";
        }
    }

    /** Runs one phase for {@code length}, then waits for requests in flight. */
    Latencies run(Duration length, int healthyWorkers, int faultWorkers) throws InterruptedException {
        ConcurrentLinkedQueue<Long> wat = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> js = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + length.toNanos();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
                ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < healthyWorkers; w++) {
                int seed = w;
                workers.execute(() -> {
                    for (int i = seed; System.nanoTime() < end; i++) {
                        healthy(client, i % 2 == 0, i % 2 == 0 ? wat : js);
                    }
                });
            }
            for (int w = 0; w < faultWorkers; w++) {
                workers.execute(() -> {
                    while (System.nanoTime() < end) {
                        FaultKind kind = FaultKind.values()[(int) (faultCursor.getAndIncrement()
                                % FaultKind.values().length)];
                        fault(client, kind);
                    }
                });
            }
        }
        return new Latencies(sorted(wat, js), sorted(wat), sorted(js));
    }

    @SafeVarargs
    private static long[] sorted(ConcurrentLinkedQueue<Long>... queues) {
        return java.util.stream.Stream.of(queues).flatMap(q -> q.stream()).mapToLong(Long::longValue).sorted()
                .toArray();
    }

    private void healthy(HttpClient client, boolean wat, ConcurrentLinkedQueue<Long> latencies) {
        String what = wat ? "GET /hello" : "POST /echo";
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(wat ? "/hello" : "/echo"))
                .timeout(CLIENT_TIMEOUT);
        if (!wat) {
            request.POST(HttpRequest.BodyPublishers.ofByteArray(ECHO_BODY));
        }
        byte[] expected = wat ? "Hello from WAT on wasi:http! GET /hello\n".getBytes(StandardCharsets.UTF_8)
                : ECHO_BODY;
        sent.incrementAndGet();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (r.statusCode() == 200 && Arrays.equals(expected, r.body())) {
                healthyOk.incrementAndGet();
                latencies.add(ms);
            } else {
                hostError(what + ": status " + r.statusCode() + ", " + r.body().length + " bytes");
            }
        } catch (IOException e) {
            hostError(what + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void fault(HttpClient client, FaultKind kind) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(kind.path)).timeout(CLIENT_TIMEOUT);
        if (kind == FaultKind.HUGE_BODY) {
            request.POST(HttpRequest.BodyPublishers.ofInputStream(this::hugeBody)); // chunked: no content-length
        }
        sent.incrementAndGet();
        faults.get(kind).incrementAndGet();
        try {
            HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (!kind.statuses.contains(r.statusCode())) {
                faultMismatch(kind + ": status " + r.statusCode() + ", body "
                        + new String(r.body(), 0, Math.min(80, r.body().length), StandardCharsets.UTF_8));
            }
        } catch (HttpTimeoutException e) {
            faultMismatch(kind + ": no answer within " + CLIENT_TIMEOUT);
        } catch (IOException e) {
            if (kind.mayAbort) {
                faultAborts.get(kind).incrementAndGet();
            } else {
                faultMismatch(kind + ": " + e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private InputStream hugeBody() {
        List<InputStream> parts = new ArrayList<>();
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        for (long n = 0; n < hugeBodyBytes; n += chunk.length) {
            parts.add(new java.io.ByteArrayInputStream(chunk));
        }
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private void hostError(String what) {
        hostErrors.incrementAndGet();
        if (problems.size() < 20) {
            problems.add("host error: " + what);
        }
    }

    private void faultMismatch(String what) {
        faultMismatches.incrementAndGet();
        if (problems.size() < 20) {
            problems.add("wrong fault outcome: " + what);
        }
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static byte[] echoBody() {
        byte[] b = new byte[2048];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        return b;
    }
}
