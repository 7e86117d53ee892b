package dev.weft.server.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Limits;
import dev.weft.server.ServerConfig;
import dev.weft.server.WeftServer;
import dev.weft.testkit.Fixtures;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.http.WasiHttpConfig;
import dev.weft.wasi.http.WasiHttpProxy;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Faults under load (issue 7 §2): real guests (componentize-js {@code js-http-proxy}, WAT {@code http-handler} and
 * {@code http-faults}) behind a {@link WeftServer}; healthy requests run alone, then beside requests whose guests
 * trap, never answer, loop past the deadline, grow memory past the cap, send broken bodies or get a request body
 * over the limit. Every healthy request must succeed, every faulty one get its defined outcome, no exception may
 * escape the proxy, and afterwards no guest may still run and the heap, threads and file descriptors must be back
 * near their baseline. The default run is short ({@code -Dweft.faultload.seconds=6}); {@code bench/fault-load.sh}
 * runs it longer and prints the same report.
 */
class FaultLoadTest {
    private static final long MEMORY_CAP = 16L << 20;
    private static final long MAX_REQUEST_BODY = 1L << 20;
    private static final int GUESTS = 16;
    /** The server's per-request deadline: long, as one componentize-js request can take seconds on a busy host. */
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final Duration GUEST_TIMEOUT = Duration.ofSeconds(1);
    private static final int HEALTHY_WORKERS = Integer.getInteger("weft.faultload.healthy", 4);
    private static final int FAULT_WORKERS = Integer.getInteger("weft.faultload.faulty", 3);
    private static final long HEAP_SLACK = 64L << 20;
    private static final int FD_SLACK = 8;
    /** weft-runtime's process-wide timer for {@code Limits.timeout} (InterruptHandle), started on first use. */
    private static final String RUNTIME_TIMER = "weft-deadlines";

    @Test
    void healthyRequestsSucceedBesideFaultyGuestsAndNothingLeaks() throws Exception {
        int seconds = Integer.getInteger("weft.faultload.seconds", 6);
        Duration healthyOnly = Duration.ofMillis(seconds * 400L);
        Duration withFaults = Duration.ofMillis(seconds * 600L);
        Resources beforeServer = Resources.now();

        GuestRouter router = router();
        ServerConfig config = ServerConfig.defaults().withAddress(new InetSocketAddress("127.0.0.1", 0))
                .withDeadline(DEADLINE).withMaxRequestBodyBytes(MAX_REQUEST_BODY)
                .withMaxConcurrentRequests(GUESTS).withGuestStackBytes(512L << 20);
        WeftServer server = WeftServer.start(router, config);
        FaultLoad load = new FaultLoad(server.uri(), 8 * MAX_REQUEST_BODY);
        Resources baseline;
        Resources afterLoad;
        FaultLoad.Latencies calm;
        FaultLoad.Latencies stormy;
        long stillBusy;
        long startNanos = System.nanoTime();
        try {
            // warm-up: every route once (compiles, fills caches and pools), then the baseline
            warmUp(load);
            baseline = Resources.now();
            calm = load.run(healthyOnly, HEALTHY_WORKERS, 0);
            stormy = load.run(withFaults, HEALTHY_WORKERS, FAULT_WORKERS);
            stillBusy = waitForIdleGuests(server);
            afterLoad = settled(baseline);
        } finally {
            server.close();
        }
        Resources afterClose = settledFds(beforeServer);
        long elapsed = (System.nanoTime() - startNanos) / 1_000_000;

        String report = report(load, calm, stormy, beforeServer, baseline, afterLoad, afterClose, elapsed, router);
        System.out.println(report);
        assertEquals(0, load.hostErrors.get(), report);
        assertEquals(0, router.escaped.get(), report);
        assertEquals(0, load.faultMismatches.get(), report);
        assertTrue(load.faults.values().stream().allMatch(n -> n.get() > 0), "every fault kind injected\n" + report);
        assertTrue(calm.all().length > 0 && stormy.all().length > 0, report);
        assertEquals(0, stillBusy, "guest threads still running after the load\n" + report);
        assertTrue(afterLoad.heapAfterGc() <= baseline.heapAfterGc() + HEAP_SLACK, "heap grew\n" + report);
        assertTrue(afterLoad.fds() <= baseline.fds() + FD_SLACK, "fds leaked while serving\n" + report);
        assertEquals(java.util.List.of(), afterClose.newThreadsSince(beforeServer, RUNTIME_TIMER),
                "threads leaked\n" + report);
        assertTrue(afterClose.fds() <= beforeServer.fds() + FD_SLACK, "fds leaked after close\n" + report);
    }

    private static GuestRouter router() throws Exception {
        WasiContext quiet = WasiContext.builder().stdout(OutputStream.nullOutputStream())
                .stderr(OutputStream.nullOutputStream()).build();
        WasiHttpConfig http = WasiHttpConfig.builder().wasi(quiet).build();
        Engine plain = Engine.create();
        Limits capped = Limits.builder().maxMemoryBytes(MEMORY_CAP).build();
        Engine timed = Engine.builder().withDefaultLimits(capped.toBuilder().timeout(GUEST_TIMEOUT).build()).build();
        Engine untimed = Engine.builder().withDefaultLimits(capped).build();
        Component faults = component("http-faults.wasm");
        return new GuestRouter(
                WasiHttpProxy.prepare(plain, component("http-handler.wasm"), http),
                WasiHttpProxy.prepare(timed, faults, http),
                WasiHttpProxy.prepare(untimed, faults, http),
                WasiHttpProxy.prepare(plain, component("js-http-proxy.wasm"), http));
    }

    private static Component component(String file) throws Exception {
        return Component.decode(Files.readAllBytes(Fixtures.buildDir().resolve(file)));
    }

    private static void warmUp(FaultLoad load) throws InterruptedException {
        load.run(Duration.ofMillis(1), 2, 0);
        for (int i = 0; i < FaultKind.values().length; i++) {
            load.run(Duration.ofMillis(1), 0, 1);
        }
    }

    /** Waits (up to 20 s) until no request is active and no guest thread runs; returns the guest threads busy. */
    private static long waitForIdleGuests(WeftServer server) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until && (server.activeRequests() > 0 || Resources.busyGuestThreads() > 0)) {
            Thread.sleep(50);
        }
        return Resources.busyGuestThreads();
    }

    /** Resources once the fds are back within slack of {@code target} (connections close asynchronously). */
    private static Resources settled(Resources target) throws InterruptedException {
        return settle(target, FD_SLACK);
    }

    private static Resources settledFds(Resources target) throws InterruptedException {
        return settle(target, FD_SLACK);
    }

    private static Resources settle(Resources target, int slack) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until && Resources.openFds() > target.fds() + slack) {
            Thread.sleep(50);
        }
        return Resources.now();
    }

    private static String report(FaultLoad load, FaultLoad.Latencies calm, FaultLoad.Latencies stormy,
            Resources beforeServer,
            Resources baseline, Resources afterLoad, Resources afterClose, long elapsedMs, GuestRouter router) {
        int injected = load.faults.values().stream().mapToInt(java.util.concurrent.atomic.AtomicInteger::get).sum();
        String perKind = load.faults.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue() + (e.getKey().mayAbort
                        ? " (aborted " + load.faultAborts.get(e.getKey()) + ")" : ""))
                .collect(Collectors.joining(", "));
        return String.join("\n",
                "fault-load report (" + elapsedMs + " ms; " + Runtime.getRuntime().availableProcessors()
                        + " cpus, shared machine)",
                "  requests sent:        " + load.sent,
                "  faults injected:      " + injected + " [" + perKind + "]",
                "  healthy successes:    " + load.healthyOk,
                "  host errors:          " + load.hostErrors + " (exceptions escaping the proxy: " + router.escaped
                        + ")",
                "  wrong fault outcomes: " + load.faultMismatches,
                "  healthy latency without faults: " + calm.describe(),
                "  healthy latency with faults:    " + stormy.describe(),
                "  before server: " + beforeServer,
                "  baseline:      " + baseline + " (server up, warmed)",
                "  after load:    " + afterLoad,
                "  after close:   " + afterClose + ", new threads " + afterClose.newThreadsSince(beforeServer, RUNTIME_TIMER),
                "  problems: " + load.problems + Resources.stacksOf(afterClose.newThreadsSince(beforeServer, RUNTIME_TIMER)));
    }
}
