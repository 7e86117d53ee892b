package dev.weft.wasi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.runtime.engine.FlatPoolStats;
import dev.weft.testkit.Fixtures;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link WasiHttpProxy} reuses the memories of finished request instances (pooled flat memories, restored to the
 * initial memory where written): every request still answers as a fresh instance does (the bodies jco serve gives,
 * see {@link HelloProxyTest}), concurrent requests never see each other's memory, and a request whose guest
 * trapped or was interrupted gives nothing back.
 */
class PooledProxyTest {
    @BeforeAll
    static void pooling() {
        assumeTrue(!"paged".equalsIgnoreCase(System.getProperty("weft.memory", "auto")),
                "-Dweft.memory=paged turns pooling off");
    }

    @Test
    void everyRequestIsAnsweredAsByAFreshInstanceWhileMemoriesAreReused() throws Exception {
        WasiHttpProxy proxy = HelloProxyTest.proxy("js-http-hello");
        String expected = Files.readString(Fixtures.repoRoot().resolve("fixtures/js/http-hello/expected.body"));
        long returned = FlatPoolStats.returned();
        long reused = FlatPoolStats.reused();
        for (int i = 0; i < 12; i++) {
            RecordingSink sink = new RecordingSink();
            assertEquals(new HandleOutcome.Completed(200), proxy.handle(HelloProxyTest.get("/fixture/check?x=1"), sink));
            assertEquals(expected, sink.bodyText(), "request " + i);
        }
        assertTrue(FlatPoolStats.returned() - returned >= 12, "each finished request gave its memories back");
        assertTrue(FlatPoolStats.reused() - reused >= 11, "later requests took them");
    }

    @Test
    void concurrentRequestsOfDifferentLengthsKeepTheirOwnMemory() throws Exception {
        WasiHttpProxy proxy = HelloProxyTest.proxy("http-handler");
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String path = "/" + "x".repeat(i % 97) + "/" + i;
                results.add(threads.submit(() -> {
                    RecordingSink sink = new RecordingSink();
                    assertEquals(new HandleOutcome.Completed(200), proxy.handle(HelloProxyTest.get(path), sink));
                    return sink.bodyText();
                }));
            }
            for (int i = 0; i < 300; i++) {
                assertEquals("Hello from WAT on wasi:http! GET /" + "x".repeat(i % 97) + "/" + i + "\n",
                        results.get(i).get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aTrappingRequestGivesNothingBack() throws Exception {
        WasiHttpProxy proxy = HelloProxyTest.proxy("http-faults");
        long returned = FlatPoolStats.returned();
        RecordingSink sink = new RecordingSink();
        HandleOutcome outcome = proxy.handle(HelloProxyTest.get("/trap"), sink);
        assertInstanceOf(HandleOutcome.GuestFailed.class, outcome);
        assertEquals(returned, FlatPoolStats.returned());
    }

    @Test
    void anInterruptedRequestGivesNothingBack() throws Exception {
        WasiHttpProxy proxy = HelloProxyTest.proxy("http-faults");
        proxy.handle(HelloProxyTest.get("/trap"), new RecordingSink()); // compiled and warm
        long returned = FlatPoolStats.returned();
        Thread[] guest = new Thread[1];
        CompletableFuture<HandleOutcome> spinning = new CompletableFuture<>();
        guest[0] = Thread.ofPlatform().stackSize(512L << 20).start(() ->
                spinning.complete(proxy.handle(HelloProxyTest.get("/loop"), new RecordingSink())));
        HandleOutcome outcome = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (outcome == null) {
            guest[0].interrupt(); // as weft serve's deadline does; repeated in case the guest had not started
            try {
                outcome = spinning.get(50, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                assertTrue(System.nanoTime() < deadline, "the spinning guest was not stopped");
            }
        }
        assertInstanceOf(HandleOutcome.GuestFailed.class, outcome);
        assertEquals(returned, FlatPoolStats.returned());
    }
}
