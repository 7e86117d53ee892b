package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.component.Component;
import dev.weft.error.Trap;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Limits;
import dev.weft.testkit.Fixtures;
import dev.weft.wasi.http.ProxyHandler;
import dev.weft.wasi.http.WasiHttpConfig;
import dev.weft.wasi.http.WasiHttpProxy;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server with the componentize-js {@code js-http-proxy} fixture (its {@code /echo} route reads the request body
 * 16 KiB at a time and writes each piece back) and the WAT handler built against older WASI: bodies stream both
 * ways through a real guest, trailers reach the client, and a handler importing wasi:http@0.2.0 is served.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class WasmProxyServerTest {
    private static final long MEMORY_CAP = 64L << 20;
    private static final int PIECE = 16 * 1024;

    /** js-http-proxy, prepared once for the tests that use it, each request's instance under the memory cap. */
    private static ProxyHandler cappedProxy;

    @BeforeAll
    static void prepare() throws Exception {
        Engine capped = Engine.builder().withDefaultLimits(Limits.builder().maxMemoryBytes(MEMORY_CAP).build())
                .build();
        cappedProxy = proxy(capped, "js-http-proxy");
    }

    private static ServerConfig config() {
        return ServerConfig.defaults().withAddress(new InetSocketAddress("127.0.0.1", 0))
                .withDeadline(Duration.ofSeconds(120)).withGuestStackBytes(512L << 20);
    }

    private static ProxyHandler proxy(Engine engine, String fixture) throws Exception {
        return WasiHttpProxy.prepare(engine, Component.decode(Fixtures.componentBytes(fixture)),
                WasiHttpConfig.defaults());
    }

    /** Piece {@code n} of the upload: 16 KiB of one letter, so order and loss both show. */
    private static String piece(int n) {
        return String.valueOf((char) ('a' + n % 26)).repeat(PIECE);
    }

    @Test
    void echoStreamsThroughAMemoryCappedGuestWhileItUploads() throws Exception {
        int pieces = 16;
        try (WeftServer server = WeftServer.start(cappedProxy, config());
                RawHttp raw = new RawHttp(server.uri())) {
            raw.socket.setSoTimeout(60_000);
            raw.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/x-echo\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            raw.sendChunk(piece(0));
            RawHttp.Head head = raw.head();
            assertEquals(200, head.status());
            assertEquals("chunked", head.headers().get("transfer-encoding"));
            assertEquals("text/x-echo", head.headers().get("content-type"));
            Map<String, String> trailers = new LinkedHashMap<>();
            for (int n = 0; n < pieces; n++) {
                if (n > 0) {
                    raw.sendChunk(piece(n));
                }
                // piece n comes back before piece n+1 is sent: the response streams while the upload goes on
                StringBuilder echoed = new StringBuilder();
                while (echoed.length() < PIECE) {
                    echoed.append(raw.chunk(trailers));
                }
                assertEquals(piece(n), echoed.toString(), "piece " + n);
            }
            raw.send("0\r\n\r\n");
            assertNull(raw.chunk(trailers));
        }
    }

    @Test
    void theCapIsReal() throws Exception {
        // the same guest under a cap below its starting memory cannot even be instantiated: the cap above binds
        Engine tiny = Engine.builder().withDefaultLimits(Limits.builder().maxMemoryBytes(1 << 20).build()).build();
        var pre = new dev.weft.runtime.Linker();
        dev.weft.wasi.http.WasiHttp.addToLinker(pre, WasiHttpConfig.defaults());
        var prepared = pre.prepare(tiny, Component.decode(Fixtures.componentBytes("js-http-proxy")));
        assertThrows(Trap.class, prepared::instantiate);
    }

    @Test
    void guestTrailersReachAChunkedHttp11Client() throws Exception {
        try (WeftServer server = WeftServer.start(cappedProxy, config());
                RawHttp raw = new RawHttp(server.uri())) {
            raw.socket.setSoTimeout(60_000);
            raw.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nTE: trailers\r\nX-Echo-Trailers: yes\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            raw.sendChunk("hello ");
            raw.sendChunk("trailers");
            raw.send("0\r\nX-Sum: 42\r\n\r\n");
            RawHttp.Response r = raw.response();
            assertEquals(200, r.status());
            assertEquals("hello trailers", r.body());
            assertEquals("14", r.trailers().get("x-echo-bytes"));
            assertEquals("42", r.trailers().get("x-echo-trailer-x-sum"));
        }
    }

    /**
     * The componentize-js hello handler answers through the server as {@code jco serve} answered curl for the same
     * component when the fixtures were built: the status line, headers and body recorded in
     * {@code fixtures/build/js-http-hello.headers} and {@code fixtures/js/http-hello/expected.body}.
     */
    @Test
    void theJsHelloHandlerAnswersAsJcoServeDid() throws Exception {
        List<String> jco = Files.readAllLines(Fixtures.buildDir().resolve("js-http-hello.headers"));
        int jcoStatus = Integer.parseInt(jco.getFirst().split(" ")[1]);
        Map<String, String> jcoHeaders = new LinkedHashMap<>();
        for (String line : jco.subList(1, jco.size())) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                jcoHeaders.put(line.substring(0, colon).toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        String expected = Files.readString(Fixtures.source("js/http-hello/expected.body"));
        try (WeftServer server = WeftServer.start(proxy(Engine.create(), "js-http-hello"), config());
                HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve("/fixture/check?x=1"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(jcoStatus, r.statusCode());
            assertEquals(expected, r.body());
            for (String name : List.of("content-type", "x-weft-fixture")) {
                assertEquals(jcoHeaders.get(name), r.headers().firstValue(name).orElse(null), name);
            }
        }
    }

    @Test
    void aHandlerImportingWasiHttp020IsServedOverHttp2() throws Exception {
        String expected = Files.readString(Fixtures.source("wat/http-handler/expected.body"));
        try (WeftServer server = WeftServer.start(proxy(Engine.create(), "http-handler-wasi-0.2.0"), config());
                HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()) {
            HttpResponse<String> r = h2.send(HttpRequest.newBuilder(server.uri().resolve("/fixture/check?x=1"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(HttpClient.Version.HTTP_2, r.version());
            assertEquals(200, r.statusCode());
            assertEquals(expected, r.body());
        }
    }

    /**
     * A POST whose body the guest never reads, over HTTP/2, with the body arriving after the guest has answered:
     * the response reaches the client whole (the stream is not reset under a client still sending its body).
     */
    @Test
    void anUnreadBodyArrivingAfterTheAnswerDoesNotResetTheHttp2Stream() throws Exception {
        try (WeftServer server = WeftServer.start(proxy(Engine.create(), "http-handler"), config());
                HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()) {
            h2.send(HttpRequest.newBuilder(server.uri().resolve("/warm")).build(),
                    HttpResponse.BodyHandlers.discarding()); // the h2c upgrade, on a GET: the POSTs use HTTP/2
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = h2.send(HttpRequest.newBuilder(server.uri().resolve("/p?q"))
                        .POST(HttpRequest.BodyPublishers.fromPublisher(new LateBody("small"), 5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(HttpClient.Version.HTTP_2, r.version());
                assertEquals(200, r.statusCode());
                assertEquals("Hello from WAT on wasi:http! POST /p?q\n", r.body());
            }
        }
    }

    /** A request body of one piece, published 200 ms after it is asked for. */
    private record LateBody(String text) implements Flow.Publisher<ByteBuffer> {
        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            AtomicBoolean sent = new AtomicBoolean();
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                    if (sent.compareAndSet(false, true)) {
                        CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(() -> {
                            subscriber.onNext(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
                            subscriber.onComplete();
                        });
                    }
                }

                @Override
                public void cancel() {
                }
            });
        }
    }
}
