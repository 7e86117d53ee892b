package dev.weft.wasi.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.testkit.Fixtures;
import dev.weft.wasi.WasiContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The componentize-js proxy fixture {@code js-http-proxy} ({@code fixtures/js/http-proxy/component.js}): streaming
 * echo with headers and trailers, and the host's handling of guests that fail, never respond or send short or long
 * bodies. Echo bodies and the status/abort behaviour agree with {@code jco serve} + curl on the same component
 * (see scripts/build-fixtures.sh); trailers and error-code names follow Wasmtime (jco serve cannot send trailers
 * and reports body-size errors on responses as {@code HTTP-request-body-size}).
 */
class ProxyRoutesTest {
    private static final int MAX_BODY = 64 * 1024;
    private static final ByteArrayOutputStream STDOUT = new ByteArrayOutputStream();
    private static WasiHttpProxy proxy;

    @BeforeAll
    static void prepare() throws Exception {
        var config = WasiHttpConfig.builder().wasi(WasiContext.builder().stdout(STDOUT).build())
                .maxRequestBodyBytes(MAX_BODY).build();
        proxy = WasiHttpProxy.prepare(HelloProxyTest.ENGINE,
                Component.decode(Files.readAllBytes(Fixtures.buildDir().resolve("js-http-proxy.wasm"))), config);
        assertEquals("wasi:http/incoming-handler@0.2.10", proxy.handlerExport());
    }

    private static IncomingHttpRequest request(String method, String path, List<HttpField> headers,
            java.io.InputStream body, Supplier<List<HttpField>> trailers) {
        return new IncomingHttpRequest(method, "http", "localhost", path, headers, body, trailers);
    }

    private static IncomingHttpRequest get(String path) {
        return request("GET", path, List.of(), new ByteArrayInputStream(new byte[0]), List::of);
    }

    private static String stdoutAfter(Runnable action) {
        synchronized (STDOUT) {
            STDOUT.reset();
            action.run();
            return STDOUT.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void echoStreamsTheBodyBackWhileItArrives() throws Exception {
        ChunkFeed feed = new ChunkFeed();
        RecordingSink sink = new RecordingSink();
        var outcome = CompletableFuture.supplyAsync(() -> proxy.handle(request("POST", "/echo",
                List.of(HttpField.of("Content-Type", "application/x-test")), feed, List::of), sink));
        byte[] first = "first chunk;".getBytes(StandardCharsets.UTF_8);
        feed.feed(first);
        // the guest must send the first chunk back before the second exists: no whole-body buffering either way
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (sink.body.size() < first.length && System.nanoTime() < deadline && !outcome.isDone()) {
            Thread.sleep(5);
        }
        assertEquals("first chunk;", sink.bodyText());
        assertEquals(List.of("begin"), List.copyOf(sink.calls));
        feed.feed("second chunk".getBytes(StandardCharsets.UTF_8));
        feed.end();
        assertEquals(new HandleOutcome.Completed(200), outcome.get(120, TimeUnit.SECONDS));
        assertEquals("first chunk;second chunk", sink.bodyText());
        assertEquals(List.of("begin", "end"), sink.calls);
        assertEquals(Optional.of("application/x-test"), sink.header("content-type"));
        assertEquals(Optional.of("POST"), sink.header("x-echo-method"));
        assertEquals(List.of(), sink.trailers);
    }

    @Test
    void echoWithTrailersBothWays() {
        byte[] body = new byte[48 * 1024];
        new Random(7).nextBytes(body);
        RecordingSink sink = new RecordingSink();
        var outcome = proxy.handle(request("PUT", "/echo", List.of(HttpField.of("x-echo-trailers", "1")),
                new ByteArrayInputStream(body), () -> List.of(HttpField.of("X-Checksum", "abc123"))), sink);
        assertEquals(new HandleOutcome.Completed(200), outcome);
        assertArrayEquals(body, sink.body.toByteArray());
        assertTrue(sink.writes.size() >= body.length / 4096, "written in pieces: " + sink.writes);
        assertEquals(List.of("x-echo-bytes=49152", "x-echo-trailer-x-checksum=abc123"),
                sink.trailers.stream().map(f -> f.name() + "=" + f.valueAsString()).toList());
        assertEquals(Optional.of("PUT"), sink.header("x-echo-method"));
    }

    @Test
    void requestBodyOverTheLimitFailsTheGuestsRead() {
        RecordingSink sink = new RecordingSink();
        var outcome = proxy.handle(request("POST", "/echo", List.of(),
                new ByteArrayInputStream(new byte[MAX_BODY + 10_000]), List::of), sink);
        // the guest does not catch the stream error: it traps after it began the response
        var failed = assertInstanceOf(HandleOutcome.GuestFailed.class, outcome);
        assertTrue(failed.responseStarted());
        assertEquals("abort", sink.calls.get(sink.calls.size() - 1));
    }

    @Test
    void theGuestSeesTheRequestWithoutConnectionHeaders() {
        RecordingSink sink = new RecordingSink();
        var request = new IncomingHttpRequest("DELETE", "https", "example.com:8443", "/info?a=b",
                List.of(HttpField.of("Host", "example.com:8443"), HttpField.of("Connection", "keep-alive"),
                        HttpField.of("X-Custom", "v1"), HttpField.of("x-custom", "v2"), HttpField.of("Accept", "*/*")),
                new ByteArrayInputStream(new byte[0]), List::of);
        assertEquals(new HandleOutcome.Completed(200), proxy.handle(request, sink));
        assertEquals(String.join("\n", "method delete", "scheme HTTPS", "authority example.com:8443",
                "path /info?a=b", "header x-custom: v1", "header x-custom: v2", "header accept: */*", ""),
                sink.bodyText());
    }

    /**
     * {@code GET /fields} under {@code jco serve} printed the same text except two lines where Weft follows
     * Wasmtime: names come back lower-case from {@code entries} (jco kept {@code X-A}), and status 99 is refused
     * (Wasmtime accepts 100–999; jco accepted 99).
     */
    @Test
    void fieldsBehaveAsSpecifiedFromTheGuest() {
        RecordingSink sink = new RecordingSink();
        assertEquals(new HandleOutcome.Completed(200), proxy.handle(get("/fields"), sink));
        List<String> lines = List.of(sink.bodyText().split("\n"));
        assertEquals(List.of(
                "append X-A 1: ok",
                "append x-a 2: ok",
                "set b [3, 4]: ok",
                "get x-a: ok 1,2",
                "has X-a: ok true",
                "delete b: ok",
                "has b: ok false",
                "append bad name: invalid-syntax",
                "append bad value: invalid-syntax",
                "append connection: forbidden",
                "from-list bad name: invalid-syntax",
                "request headers append: immutable",
                "response headers delete: immutable",
                "clone append: ok",
                "clone get x-r: ok 1,2",
                "entries: ok x-a=1;x-a=2"), lines.subList(0, 16));
        assertTrue(lines.get(16).startsWith("status 99: ") && !lines.get(16).equals("status 99: ok"), lines.get(16));
        assertEquals(List.of("status 299: ok", "status-code: ok 299"), lines.subList(17, 19));
    }

    @Test
    void unknownRouteIsTheGuests404() {
        RecordingSink sink = new RecordingSink();
        assertEquals(new HandleOutcome.Completed(404), proxy.handle(get("/nothing"), sink));
        assertEquals("no route for /nothing\n", sink.bodyText());
    }

    @Test
    void noResponseIs500() {
        RecordingSink sink = new RecordingSink();
        var outcome = assertInstanceOf(HandleOutcome.GuestFailed.class, proxy.handle(get("/no-response"), sink));
        assertEquals(false, outcome.responseStarted());
        assertTrue(outcome.reason().contains("without setting the response-outparam"), outcome.reason());
        assertEquals(500, sink.status);
        assertEquals(List.of("begin", "end"), sink.calls);
    }

    @Test
    void trapBeforeTheResponseIs500() {
        RecordingSink sink = new RecordingSink();
        var outcome = assertInstanceOf(HandleOutcome.GuestFailed.class, proxy.handle(get("/fail-early"), sink));
        assertEquals(false, outcome.responseStarted());
        assertTrue(outcome.reason().contains("trap"), outcome.reason());
        assertEquals(500, sink.status);
    }

    @Test
    void errorResponseIs500() {
        RecordingSink sink = new RecordingSink();
        var outcome = assertInstanceOf(HandleOutcome.GuestFailed.class,
                proxy.handle(get("/error-response"), sink));
        assertTrue(outcome.reason().contains("internal-error"), outcome.reason());
        assertEquals(500, sink.status);
        assertEquals(List.of("begin", "end"), sink.calls);
    }

    @Test
    void trapAfterTheResponseBeganAborts() {
        RecordingSink sink = new RecordingSink();
        var outcome = assertInstanceOf(HandleOutcome.GuestFailed.class, proxy.handle(get("/fail-midway"), sink));
        assertTrue(outcome.responseStarted());
        assertEquals(List.of("begin", "abort"), sink.calls);
        assertEquals(200, sink.status);
        assertEquals("partial", sink.bodyText());
    }

    @Test
    void returningBeforeTheBodyIsFinishedAborts() {
        RecordingSink sink = new RecordingSink();
        var outcome = assertInstanceOf(HandleOutcome.GuestFailed.class, proxy.handle(get("/unfinished"), sink));
        assertTrue(outcome.responseStarted());
        assertEquals(List.of("begin", "abort"), sink.calls);
        assertEquals("partial", sink.bodyText());
    }

    @Test
    void shortBodyFailsFinishWithTheResponseBodySize() {
        RecordingSink sink = new RecordingSink();
        String printed = stdoutAfter(() -> {
            var outcome = assertInstanceOf(HandleOutcome.GuestFailed.class, proxy.handle(get("/short-body"), sink));
            assertTrue(outcome.responseStarted());
        });
        assertEquals("finish error: HTTP-response-body-size\n", printed);
        assertEquals(Optional.of("10"), sink.header("content-length"));
        assertEquals("four", sink.bodyText());
        assertEquals(List.of("begin", "abort"), sink.calls);
    }

    @Test
    void longBodyFailsTheWriteWithHttpErrorCode() {
        RecordingSink sink = new RecordingSink();
        String printed = stdoutAfter(() -> {
            var outcome = assertInstanceOf(HandleOutcome.GuestFailed.class, proxy.handle(get("/long-body"), sink));
            assertTrue(outcome.responseStarted());
        });
        assertEquals("write error: HTTP-response-body-size\nfinish error: HTTP-response-body-size\n", printed);
        assertEquals("", sink.bodyText());
        assertEquals(List.of("begin", "abort"), sink.calls);
    }
}
