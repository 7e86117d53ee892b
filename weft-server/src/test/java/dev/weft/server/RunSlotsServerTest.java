package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.HttpResponseSink;
import dev.weft.wasi.http.IncomingHttpRequest;
import dev.weft.wasi.http.ProxyHandler;
import dev.weft.wasi.io.Poller;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link RunSlots} in a running server: the bound holds for real requests, a guest waiting in a host call (a slow
 * request body, a sleep on a pollable, a client that does not read) lets others run with one slot, a looping wasm
 * guest delays a short request by about a slice, and a guest stopped by its deadline gives its slot back.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RunSlotsServerTest {
    /** Long enough that the watchdog never forfeits during a test that is not about it. */
    private static final Duration NO_FORFEIT = Duration.ofMinutes(10);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Handlers handlers = new Handlers();
    private WeftServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        client.close();
    }

    private static ServerConfig config(int running) {
        return ServerConfig.defaults().withAddress(new InetSocketAddress("127.0.0.1", 0))
                .withDeadline(Duration.ofSeconds(30)).withMaxConcurrentRequests(16).withMaxRunningGuests(running);
    }

    /** Java stand-ins for guests: compute, read the body, sleep on a pollable, write a big body, loop. */
    static final class Handlers implements ProxyHandler {
        final AtomicInteger computing = new AtomicInteger();
        final AtomicInteger mostComputing = new AtomicInteger();

        @Override
        public HandleOutcome handle(IncomingHttpRequest request, HttpResponseSink sink) {
            String path = request.pathWithQuery();
            try {
                if (path.startsWith("/compute")) {
                    mostComputing.accumulateAndGet(computing.incrementAndGet(), Math::max);
                    try {
                        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(15);
                        while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
                            Thread.onSpinWait();
                        }
                    } finally {
                        computing.decrementAndGet();
                    }
                    return TestHandlers.text(sink, 200, "computed");
                } else if (path.startsWith("/read-all")) {
                    long n = request.body().transferTo(OutputStream.nullOutputStream());
                    return TestHandlers.text(sink, 200, Long.toString(n));
                } else if (path.startsWith("/sleep")) {
                    // as wasi:clocks subscribe-duration + pollable.block: a pollable ready at a time
                    long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(
                            Long.parseLong(path.substring(path.indexOf("ms=") + 3)));
                    Poller.block(() -> due - System.nanoTime());
                    return TestHandlers.text(sink, 200, "slept");
                } else if (path.startsWith("/big")) {
                    OutputStream out = sink.begin(200, List.of());
                    byte[] chunk = new byte[1 << 20];
                    for (int i = 0; i < 64; i++) {
                        out.write(chunk);
                    }
                    sink.end(List.of());
                    return new HandleOutcome.Completed(200);
                } else if (path.startsWith("/loop")) {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.onSpinWait();
                    }
                    return new HandleOutcome.GuestFailed("interrupted", false);
                }
                return TestHandlers.text(sink, 200, "hello");
            } catch (IOException e) {
                sink.abort(e.getMessage());
                return new HandleOutcome.GuestFailed("io: " + e.getMessage(), true);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void computingGuestsNeverExceedTheBound(Dispatch dispatch) throws Exception {
        server = WeftServer.start(handlers, config(2), dispatch, NO_FORFEIT);
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            all.add(client.sendAsync(get("/compute"), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> f : all) {
            HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode());
            assertEquals("computed", r.body());
        }
        int most = handlers.mostComputing.get();
        assertTrue(most >= 1 && most <= 2, "at most 2 guests computed at once, saw " + most);
        // a guest gives its slot back after its response went out: the client may see the response first
        awaitTrue(() -> server.runningGuests() == 0, "every slot given back");
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void aGuestWaitingForASlowRequestBodyDoesNotHoldTheSlot(Dispatch dispatch) throws Exception {
        server = WeftServer.start(handlers, config(1), dispatch, NO_FORFEIT);
        try (RawHttp raw = new RawHttp(server.uri())) {
            raw.send("POST /read-all HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\nabc");
            awaitTrue(() -> server.activeRequests() == 1 && server.runningGuests() == 0,
                    "the body reader waits for the client without its slot");
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = client.send(get("/hello"), HttpResponse.BodyHandlers.ofString());
                assertEquals("hello", r.body(), "served with the only slot while the other guest waits");
            }
            raw.send("defghij");
            RawHttp.Response r = raw.response();
            assertEquals(200, r.status());
            assertEquals("10", r.body());
        }
        awaitTrue(() -> server.runningGuests() == 0, "the slot is back");
    }

    @Test
    void aGuestSleepingOnAPollableDoesNotHoldTheSlot() throws Exception {
        server = WeftServer.start(handlers, config(1), Dispatch.POOL, NO_FORFEIT);
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> sleeper =
                client.sendAsync(get("/sleep?ms=3000"), HttpResponse.BodyHandlers.ofString());
        awaitTrue(() -> server.activeRequests() == 1 && server.runningGuests() == 0, "the sleeper gave its slot up");
        HttpResponse<String> hello = client.send(get("/hello"), HttpResponse.BodyHandlers.ofString());
        assertEquals("hello", hello.body());
        assertFalse(sleeper.isDone(), "answered while the other guest sleeps");
        assertEquals("slept", sleeper.get(30, TimeUnit.SECONDS).body());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms >= 2_900, "slept 3 s, answered after " + ms + " ms");
    }

    @Test
    void aGuestWaitingForAClientThatDoesNotReadDoesNotHoldTheSlot() throws Exception {
        server = WeftServer.start(handlers, config(1), Dispatch.POOL, NO_FORFEIT);
        try (RawHttp raw = new RawHttp(server.uri())) {
            raw.send("GET /big HTTP/1.1\r\nHost: localhost\r\n\r\n"); // and reads nothing
            awaitTrue(() -> server.activeRequests() == 1 && server.runningGuests() == 0,
                    "the response write waits for the client without its slot");
            assertEquals("hello", client.send(get("/hello"), HttpResponse.BodyHandlers.ofString()).body());
        }
        // the client went away: the blocked write fails, the guest returns
        awaitTrue(() -> server.activeRequests() == 0 && server.runningGuests() == 0, "the guest returned");
    }

    @Test
    void aLoopingWasmGuestDelaysAShortRequestByAboutASliceWithOneSlot() throws Exception {
        ProxyHandler router = SpinOrHello.router();
        String expected = SpinOrHello.expectedBody();
        server = WeftServer.start(router, config(1).withDeadline(Duration.ofSeconds(4)), Dispatch.POOL,
                RunSlots.DEFAULT_SLICE);
        HttpRequest check = get("/fixture/check?x=1");
        assertEquals(expected, client.send(check, HttpResponse.BodyHandlers.ofString()).body()); // warm-up

        List<CompletableFuture<HttpResponse<String>>> spinning = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            spinning.add(client.sendAsync(get("/spin"), HttpResponse.BodyHandlers.ofString()));
        }
        awaitTrue(() -> server.activeRequests() == 2, "both spinning guests run");
        long t0 = System.nanoTime();
        HttpResponse<String> beside = client.send(check, HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, beside.statusCode());
        assertEquals(expected, beside.body());
        assertTrue(spinning.stream().noneMatch(CompletableFuture::isDone), "answered while two guests spin");
        assertTrue(ms < 3_000, "one slot, two guests looping: answered after " + ms + " ms (slice 20 ms)");
        assertTrue(server.runSlots().forfeits() >= 1, "the looping guests' slots were forfeited");
        for (CompletableFuture<HttpResponse<String>> f : spinning) {
            assertEquals(503, f.get(60, TimeUnit.SECONDS).statusCode(), "stopped by the deadline");
        }
        awaitTrue(() -> server.activeRequests() == 0 && server.runningGuests() == 0, "no slot left held");
        assertEquals(expected, client.send(check, HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void aGuestStoppedByItsDeadlineGivesItsSlotToTheNextOne() throws Exception {
        server = WeftServer.start(handlers, config(1).withDeadline(Duration.ofSeconds(2)), Dispatch.POOL,
                NO_FORFEIT);
        CompletableFuture<HttpResponse<String>> loop =
                client.sendAsync(get("/loop"), HttpResponse.BodyHandlers.ofString());
        awaitTrue(() -> server.runningGuests() == 1, "the loop holds the only slot");
        Thread.sleep(1_000);
        // this one waits for the slot (no forfeit here) until the loop's deadline stops it, 1 s before its own
        CompletableFuture<HttpResponse<String>> next =
                client.sendAsync(get("/hello"), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, loop.get(30, TimeUnit.SECONDS).statusCode());
        HttpResponse<String> r = next.get(30, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertEquals("hello", r.body());
        assertEquals(0, server.runSlots().forfeits());
        awaitTrue(() -> server.activeRequests() == 0 && server.runningGuests() == 0, "no slot left held");
    }

    @Test
    void theBoundIsOnePerProcessorByDefaultAndAtMostTheConcurrency() {
        ServerConfig defaults = ServerConfig.defaults();
        assertEquals(0, defaults.maxRunningGuests());
        assertEquals(Math.min(Runtime.getRuntime().availableProcessors(), 64), defaults.runningGuestsBound());
        assertEquals(1, defaults.withMaxConcurrentRequests(1).runningGuestsBound());
        assertEquals(3, defaults.withMaxRunningGuests(3).runningGuestsBound());
        IllegalArgumentException over = assertThrows(IllegalArgumentException.class,
                () -> defaults.withMaxConcurrentRequests(4).withMaxRunningGuests(5));
        assertTrue(over.getMessage().contains("maxRunningGuests"), over.getMessage());
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaxRunningGuests(-1));
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(60)).build();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 20 s: " + what);
            }
            Thread.sleep(5);
        }
    }
}
