package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server's behaviour with a Java handler, on the guest pool ({@link Dispatch#POOL}); {@link WeftServerInlineTest}
 * runs every test again with the guests inline on Jetty's threads.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WeftServerTest {
    private final TestHandlers.Router router = new TestHandlers.Router();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private WeftServer server;

    private static ServerConfig config() {
        return ServerConfig.defaults().withAddress(new InetSocketAddress("127.0.0.1", 0))
                .withDeadline(Duration.ofSeconds(20));
    }

    /** Which dispatch these tests run with ({@link WeftServerInlineTest} runs them all inline). */
    Dispatch dispatch() {
        return Dispatch.POOL;
    }

    private WeftServer start(ServerConfig config) throws IOException {
        server = WeftServer.start(router, config, dispatch());
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        client.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesAResponseWithTheGuestsStatusHeadersAndBody() throws Exception {
        start(config());
        HttpResponse<String> r = get("/hello");
        assertEquals(200, r.statusCode());
        assertEquals("hello", r.body());
        assertEquals("text/plain", r.headers().firstValue("content-type").orElseThrow());
        assertEquals(404, get("/nowhere").statusCode());
    }

    @Test
    void passesMethodAuthorityPathQueryAndLowerCaseHeaders() throws Exception {
        start(config());
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve("/request-info?a=1&b=%20"))
                .header("X-Custom-Thing", "Value 1").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        String[] lines = r.body().split("\n");
        assertEquals("DELETE http 127.0.0.1:" + server.address().getPort() + " /request-info?a=1&b=%20", lines[0]);
        assertTrue(List.of(lines).contains("x-custom-thing: Value 1"), r.body());
    }

    @Test
    void keepsTheConnectionAliveAcrossRequests() throws Exception {
        start(config());
        try (RawHttp raw = new RawHttp(server.uri())) {
            for (int i = 0; i < 3; i++) {
                raw.send("GET /hello HTTP/1.1\r\nHost: localhost\r\n\r\n");
                RawHttp.Response r = raw.response();
                assertEquals(200, r.status());
                assertEquals("hello", r.body());
            }
        }
    }

    @Test
    void answersPipelinedRequestsInOrderOnOneConnection() throws Exception {
        // the second and third requests are already buffered when the first is answered: the connection is resumed
        // and parses them from its buffer
        start(config());
        try (RawHttp raw = new RawHttp(server.uri())) {
            raw.send("GET /hello HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    + "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nabcde"
                    + "GET /request-info?n=3 HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Response first = raw.response();
            assertEquals(200, first.status());
            assertEquals("hello", first.body());
            RawHttp.Response second = raw.response();
            assertEquals(200, second.status());
            assertEquals("abcde", second.body());
            RawHttp.Response third = raw.response();
            assertEquals(200, third.status());
            assertTrue(third.body().startsWith("GET http localhost /request-info?n=3"), third.body());
            raw.send("GET /hello HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals("hello", raw.response().body(), "the connection is still read after the pipelined ones");
        }
    }

    @Test
    void anInterruptLeftByTheHandlerReachesNeitherTheConnectionNorTheNextRequest() throws Exception {
        start(config());
        // pipelined on one connection, so (inline) the second request runs on the same Jetty thread right after
        // the first: it must not start interrupted, and the connection must stay usable
        try (RawHttp raw = new RawHttp(server.uri())) {
            for (int i = 0; i < 3; i++) {
                raw.send("GET /self-interrupt HTTP/1.1\r\nHost: localhost\r\n\r\n"
                        + "GET /interrupted-at-start HTTP/1.1\r\nHost: localhost\r\n\r\n");
                RawHttp.Response first = raw.response();
                assertEquals(200, first.status());
                assertEquals("interrupted", first.body());
                RawHttp.Response second = raw.response();
                assertEquals(200, second.status());
                assertEquals("false", second.body(), "the next request started on an interrupted thread");
            }
        }
    }

    @Test
    void streamsTheRequestBodyToTheGuestAndTheResponseBackAsTheyFlow() throws Exception {
        start(config());
        try (RawHttp raw = new RawHttp(server.uri())) {
            raw.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
            raw.sendChunk("first");
            // the guest has not seen the end of the body, yet its echo of the first piece arrives
            RawHttp.Head head = raw.head();
            assertEquals(200, head.status());
            assertEquals("chunked", head.headers().get("transfer-encoding"));
            Map<String, String> trailers = new LinkedHashMap<>();
            assertEquals("first", raw.chunk(trailers));
            raw.sendChunk("second");
            assertEquals("second", raw.chunk(trailers));
            raw.send("0\r\n\r\n");
            assertNull(raw.chunk(trailers));
        }
    }

    @Test
    void sendsTrailersOnAChunkedHttp11Response() throws Exception {
        start(config());
        try (RawHttp raw = new RawHttp(server.uri())) {
            raw.send("GET /trailers HTTP/1.1\r\nHost: localhost\r\nTE: trailers\r\n\r\n");
            RawHttp.Response r = raw.response();
            assertEquals("body", r.body());
            assertEquals("abc123", r.trailers().get("x-checksum"));
        }
    }

    @Test
    void handsRequestTrailersToTheGuestAfterTheBody() throws Exception {
        start(config());
        try (RawHttp raw = new RawHttp(server.uri())) {
            raw.send("POST /request-trailers HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                    + "Trailer: X-Digest\r\n\r\n");
            raw.sendChunk("abc");
            raw.send("0\r\nX-Digest: sha-256=xyz\r\n\r\n");
            RawHttp.Response r = raw.response();
            assertEquals(200, r.status());
            assertEquals("3 bytes\nx-digest: sha-256=xyz", r.body());
        }
    }

    @Test
    void refusesADeclaredBodyOverTheLimitWith413() throws Exception {
        start(config().withMaxRequestBodyBytes(100));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve("/read-all"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(101))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode());
        HttpResponse<String> ok = client.send(HttpRequest.newBuilder(server.uri().resolve("/read-all"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode());
        assertEquals("100", ok.body());
    }

    @Test
    void refusesAChunkedBodyThatGrowsOverTheLimitWith413() throws Exception {
        start(config().withMaxRequestBodyBytes(1000));
        try (RawHttp raw = new RawHttp(server.uri())) {
            raw.send("POST /read-all HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
            for (int i = 0; i < 3; i++) {
                raw.sendChunk("y".repeat(400));
            }
            raw.send("0\r\n\r\n");
            assertEquals(413, raw.response().status());
        }
    }

    @Test
    void aGuestPastItsDeadlineIsInterruptedAndGets503AndTheServerGoesOn() throws Exception {
        start(config().withDeadline(Duration.ofMillis(300)));
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("/loop");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode());
        assertTrue(ms >= 250 && ms < 5000, "answered after " + ms + " ms");
        waitFor(() -> router.interruptedGuests.get() == 1, "the looping guest saw the interrupt");
        waitFor(() -> server.activeRequests() == 0, "the guest thread is free again");
        assertEquals("hello", get("/hello").body());
    }

    @Test
    void aDeadlineAfterBeginButBeforeAnyByteWasSentIsStill503() throws Exception {
        start(config().withDeadline(Duration.ofMillis(300)));
        HttpResponse<String> r = get("/begin-then-loop");
        assertEquals(503, r.statusCode());
        assertTrue(r.headers().firstValue("x-guest").isEmpty(), "the guest's headers were not sent");
        waitFor(() -> router.interruptedGuests.get() == 1, "the looping guest saw the interrupt");
    }

    @Test
    void aGuestPastItsDeadlineAfterItBeganTheResponseGetsItAborted() throws Exception {
        start(config().withDeadline(Duration.ofMillis(1000)));
        assertEquals("hello", get("/hello").body()); // warm: the first response of a JVM can take long
        try (RawHttp raw = new RawHttp(server.uri())) {
            raw.send("GET /loop-after-begin HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Head head = raw.head();
            assertEquals(200, head.status());
            Map<String, String> trailers = new LinkedHashMap<>();
            assertEquals("partial", raw.chunk(trailers));
            // no last chunk: the connection is cut instead of ending the body normally
            assertThrows(IOException.class, () -> {
                while (raw.chunk(trailers) != null) {
                    // keep reading until the connection is cut
                }
            });
        }
        waitFor(() -> router.interruptedGuests.get() == 1, "the looping guest saw the interrupt");
        assertEquals("hello", get("/hello").body());
    }

    @Test
    void loopingGuestsDoNotStallOtherRequests() throws Exception {
        start(config().withDeadline(Duration.ofSeconds(30)).withShutdownTimeout(Duration.ofMillis(200)));
        // as many spinning guests as there are cores, and one more
        int loops = Runtime.getRuntime().availableProcessors() + 1;
        List<CompletableFuture<HttpResponse<String>>> looping = new ArrayList<>();
        for (int i = 0; i < loops; i++) {
            looping.add(client.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/loop")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        waitFor(() -> server.activeRequests() == loops, "all looping guests running");
        long t0 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertEquals("hello", get("/hello").body());
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 5000, "5 requests beside " + loops + " spinning guests took " + ms + " ms");
        assertTrue(looping.stream().noneMatch(CompletableFuture::isDone), "the loops are still running");
        server.close(); // interrupts them
        server = null;
        waitFor(() -> router.interruptedGuests.get() == loops, "every loop was interrupted at shutdown");
    }

    @Test
    void slowGuestsRunInParallel() throws Exception {
        start(config());
        long t0 = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            all.add(client.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/slow?ms=500")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> f : all) {
            assertEquals("slept", f.get().body());
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 4000, "16 requests of 500 ms took " + ms + " ms (serial would be 8000)");
    }

    @Test
    void aTrapOrAHostErrorBeforeTheResponseIs500() throws Exception {
        start(config());
        assertEquals(500, get("/trap").statusCode());
        assertEquals(500, get("/throw").statusCode());
        assertEquals(200, get("/hello").statusCode());
    }

    @Test
    void aResponseBegunButNeverEndedAndNothingSentIs500() throws Exception {
        start(config());
        assertEquals(500, get("/no-end").statusCode());
        assertEquals(200, get("/hello").statusCode());
    }

    @Test
    void speaksH2cWhenAsked() throws Exception {
        start(config());
        try (HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()) {
            HttpResponse<String> r = h2.send(HttpRequest.newBuilder(server.uri().resolve("/hello")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(HttpClient.Version.HTTP_2, r.version());
            assertEquals("hello", r.body());
            HttpResponse<String> echo = h2.send(HttpRequest.newBuilder(server.uri().resolve("/echo"))
                    .POST(HttpRequest.BodyPublishers.ofString("ping over h2")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(HttpClient.Version.HTTP_2, echo.version());
            assertEquals("ping over h2", echo.body());
        }
    }

    @Test
    void sendsTrailersOverHttp2() throws Exception {
        start(config());
        H2Get.Response r = H2Get.get(server.uri().resolve("/trailers"));
        assertEquals(200, r.status());
        assertEquals("body", r.body());
        assertEquals(Map.of("x-checksum", "abc123"), r.trailers());
    }

    @Test
    void aLoopingGuestOnAnHttp2StreamStallsNeitherTheOtherStreamsNorTheConnection() throws Exception {
        start(config().withDeadline(Duration.ofMillis(1500)));
        try (H2Get.Connection h2 = H2Get.connect(server.uri())) {
            CompletableFuture<H2Get.Response> loop = h2.send("/loop");
            waitFor(() -> server.activeRequests() == 1, "the loop runs");
            for (int i = 0; i < 3; i++) {
                assertEquals("hello", h2.send("/hello").get(10, TimeUnit.SECONDS).body(), "a stream beside the loop");
            }
            assertEquals(503, loop.get(10, TimeUnit.SECONDS).status(), "the loop's stream got its deadline's 503");
            waitFor(() -> router.interruptedGuests.get() == 1, "the looping guest saw the interrupt");
            assertTrue(h2.isOpen(), "the deadline's interrupt left the connection open");
            assertEquals("hello", h2.send("/hello").get(10, TimeUnit.SECONDS).body(), "a stream after the deadline");
        }
    }

    @Test
    void closeLetsRequestsInFlightFinishAndThenRefusesConnections() throws Exception {
        start(config().withShutdownTimeout(Duration.ofSeconds(5)));
        URI uri = server.uri();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(uri.resolve("/slow?ms=700")).build(), HttpResponse.BodyHandlers.ofString());
        waitFor(() -> server.activeRequests() == 1, "the slow request is running");
        long t0 = System.nanoTime();
        server.close();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        server = null;
        HttpResponse<String> r = inFlight.get(5, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertEquals("slept", r.body());
        assertTrue(ms < 5000, "close took " + ms + " ms");
        try (HttpClient fresh = HttpClient.newHttpClient()) {
            Exception e = assertThrows(IOException.class, () -> fresh.send(
                    HttpRequest.newBuilder(uri.resolve("/hello")).build(), HttpResponse.BodyHandlers.ofString()));
            assertTrue(e instanceof ConnectException || e.getCause() instanceof ConnectException, e.toString());
        }
    }

    @Test
    void aFullQueueIsAnswered503() throws Exception {
        start(config().withMaxConcurrentRequests(1).withMaxQueuedRequests(1).withDeadline(Duration.ofMillis(1500)));
        var loop = client.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/loop")).build(),
                HttpResponse.BodyHandlers.ofString());
        waitFor(() -> server.activeRequests() == 1, "the loop runs");
        var queued = client.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/hello")).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        assertEquals(503, get("/hello").statusCode());
        assertEquals(503, loop.get().statusCode());
        assertEquals("hello", queued.get().body());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }
}
