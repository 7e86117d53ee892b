package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.HttpResponseSink;
import dev.weft.wasi.http.IncomingHttpRequest;
import dev.weft.wasi.http.ProxyHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How a response is framed on HTTP/1.1: a body the guest ends before anything was sent goes out whole with a
 * Content-Length; a body written in pieces with waits between them (flushed or not) reaches the client piece by
 * piece, chunked, before the guest writes the next piece; a body larger than what is held back streams.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ResponseFramingTest {
    private final Guest guest = new Guest();
    private WeftServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private RawHttp connect() throws IOException {
        server = WeftServer.start(guest, ServerConfig.defaults().withAddress(new InetSocketAddress("127.0.0.1", 0))
                .withDeadline(Duration.ofSeconds(20)));
        return new RawHttp(server.uri());
    }

    @Test
    void aBodyEndedBeforeAnythingWasSentGoesOutWithAContentLength() throws Exception {
        try (RawHttp raw = connect()) {
            for (int i = 0; i < 2; i++) { // and the connection stays usable
                raw.send("GET /whole HTTP/1.1\r\nHost: localhost\r\n\r\n");
                RawHttp.Response r = raw.response();
                assertEquals(200, r.status());
                assertEquals("5", r.headers().get("content-length"), r.headers().toString());
                assertFalse(r.headers().containsKey("transfer-encoding"), r.headers().toString());
                assertEquals("hello", r.body());
                assertEquals("text/plain", r.headers().get("content-type"));
            }
        }
    }

    @Test
    void aBodyOfExactlyTheHeldSizeStillGetsAContentLength() throws Exception {
        try (RawHttp raw = connect()) {
            raw.send("GET /size?n=" + JettyResponseSink.HOLD_BYTES + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Response r = raw.response();
            assertEquals(Integer.toString(JettyResponseSink.HOLD_BYTES), r.headers().get("content-length"));
            assertEquals("x".repeat(JettyResponseSink.HOLD_BYTES), r.body());
        }
    }

    @Test
    void aBodyLargerThanWhatIsHeldStreamsChunked() throws Exception {
        int n = 3 * JettyResponseSink.HOLD_BYTES + 7;
        try (RawHttp raw = connect()) {
            raw.send("GET /size?n=" + n + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Response r = raw.response();
            assertEquals("chunked", r.headers().get("transfer-encoding"), r.headers().toString());
            assertEquals("x".repeat(n), r.body());
            raw.send("GET /whole HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals("hello", raw.response().body());
        }
    }

    @Test
    void aLargeWriteAfterHeldBytesKeepsTheOrder() throws Exception {
        int n = 5 * JettyResponseSink.HOLD_BYTES;
        try (RawHttp raw = connect()) {
            raw.send("GET /small-then-large?n=" + n + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Response r = raw.response();
            assertEquals("chunked", r.headers().get("transfer-encoding"), r.headers().toString());
            assertEquals("head:" + "y".repeat(n) + ":tail", r.body());
        }
    }

    @Test
    void flushedPiecesReachTheClientBeforeTheGuestWritesTheNext() throws Exception {
        try (RawHttp raw = connect()) {
            raw.send("GET /stream?flush HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Head head = raw.head();
            assertEquals(200, head.status());
            assertEquals("chunked", head.headers().get("transfer-encoding"));
            assertFalse(head.headers().containsKey("content-length"));
            Map<String, String> trailers = new LinkedHashMap<>();
            assertEquals("first", raw.chunk(trailers)); // the guest is still waiting for us
            guest.next.countDown();
            assertEquals("second", raw.chunk(trailers));
            guest.last.countDown();
            assertNull(raw.chunk(trailers));
        }
    }

    @Test
    void unflushedPiecesStillReachTheClientWhileTheGuestWaits() throws Exception {
        try (RawHttp raw = connect()) {
            raw.send("GET /stream HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Head head = raw.head();
            assertEquals("chunked", head.headers().get("transfer-encoding"));
            Map<String, String> trailers = new LinkedHashMap<>();
            assertEquals("first", raw.chunk(trailers));
            guest.next.countDown();
            assertEquals("second", raw.chunk(trailers));
            guest.last.countDown();
            assertNull(raw.chunk(trailers));
        }
    }

    @Test
    void aFlushBeforeAnyBodyByteSendsTheHead() throws Exception {
        try (RawHttp raw = connect()) {
            raw.send("GET /head-first HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Head head = raw.head(); // while the guest waits on the latch
            assertEquals(201, head.status());
            assertEquals("early", head.headers().get("x-guest"));
            guest.next.countDown();
            Map<String, String> trailers = new LinkedHashMap<>();
            assertEquals("late", raw.chunk(trailers));
            assertNull(raw.chunk(trailers));
        }
    }

    @Test
    void aGuestContentLengthIsKept() throws Exception {
        try (RawHttp raw = connect()) {
            raw.send("GET /guest-length HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Response r = raw.response();
            assertEquals("3", r.headers().get("content-length"));
            assertEquals("abc", r.body());
        }
    }

    @Test
    void noContentAndHeadResponsesGetNoBodyAndKeepTheConnection() throws Exception {
        try (RawHttp raw = connect()) {
            raw.send("GET /no-content HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Head noContent = raw.head();
            assertEquals(204, noContent.status());
            assertFalse(noContent.headers().containsKey("content-length"), noContent.headers().toString());
            assertFalse(noContent.headers().containsKey("transfer-encoding"), noContent.headers().toString());
            raw.send("HEAD /whole HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Head head = raw.head();
            assertEquals(200, head.status());
            assertFalse("0".equals(head.headers().get("content-length")), "HEAD must not claim an empty body");
            raw.send("GET /whole HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Response r = raw.response();
            assertEquals("hello", r.body());
        }
    }

    @Test
    void trailersAfterAHeldBodyGoOutChunked() throws Exception {
        try (RawHttp raw = connect()) {
            raw.send("GET /trailers HTTP/1.1\r\nHost: localhost\r\nTE: trailers\r\n\r\n");
            RawHttp.Response r = raw.response();
            assertEquals("chunked", r.headers().get("transfer-encoding"));
            assertEquals("body", r.body());
            assertEquals("abc123", r.trailers().get("x-checksum"));
        }
    }

    /** The guest of these tests; {@code next} and {@code last} let a streaming response wait for the client. */
    private static final class Guest implements ProxyHandler {
        final CountDownLatch next = new CountDownLatch(1);
        final CountDownLatch last = new CountDownLatch(1);

        @Override
        public HandleOutcome handle(IncomingHttpRequest request, HttpResponseSink sink) {
            String path = request.pathWithQuery();
            try {
                if (path.startsWith("/whole")) {
                    return TestHandlers.text(sink, 200, "hello");
                } else if (path.startsWith("/size")) {
                    int n = Integer.parseInt(path.substring(path.indexOf("n=") + 2));
                    OutputStream out = sink.begin(200, List.of());
                    byte[] piece = new byte[1000];
                    java.util.Arrays.fill(piece, (byte) 'x');
                    for (int done = 0; done < n; done += piece.length) {
                        out.write(piece, 0, Math.min(piece.length, n - done));
                    }
                    sink.end(List.of());
                } else if (path.startsWith("/small-then-large")) {
                    int n = Integer.parseInt(path.substring(path.indexOf("n=") + 2));
                    OutputStream out = sink.begin(200, List.of());
                    out.write(bytes("head:"));
                    out.write(bytes("y".repeat(n)));
                    out.write(bytes(":tail"));
                    sink.end(List.of());
                } else if (path.startsWith("/stream")) {
                    boolean flush = path.contains("flush");
                    OutputStream out = sink.begin(200, List.of());
                    out.write(bytes("first"));
                    if (flush) {
                        out.flush();
                    }
                    await(next);
                    out.write(bytes("second"));
                    if (flush) {
                        out.flush();
                    }
                    await(last);
                    sink.end(List.of());
                } else if (path.startsWith("/head-first")) {
                    OutputStream out = sink.begin(201, List.of(HttpField.of("x-guest", "early")));
                    out.flush();
                    await(next);
                    out.write(bytes("late"));
                    sink.end(List.of());
                } else if (path.startsWith("/guest-length")) {
                    OutputStream out = sink.begin(200, List.of(HttpField.of("content-length", "3")));
                    out.write(bytes("abc"));
                    sink.end(List.of());
                } else if (path.startsWith("/no-content")) {
                    sink.begin(204, List.of());
                    sink.end(List.of());
                } else if (path.startsWith("/trailers")) {
                    OutputStream out = sink.begin(200, List.of());
                    out.write(bytes("body"));
                    sink.end(List.of(HttpField.of("x-checksum", "abc123")));
                } else {
                    return TestHandlers.text(sink, 404, "no route " + path);
                }
                return new HandleOutcome.Completed(200);
            } catch (IOException e) {
                sink.abort(e.getMessage());
                return new HandleOutcome.GuestFailed("io: " + e.getMessage(), true);
            }
        }

        private static void await(CountDownLatch latch) throws IOException {
            try {
                assertTrue(latch.await(20, TimeUnit.SECONDS), "the test did not release the guest");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        private static byte[] bytes(String s) {
            return s.getBytes(StandardCharsets.US_ASCII);
        }
    }
}
