package dev.weft.wasi.http.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.OutboundHttpPolicy;
import dev.weft.wasi.http.WasiHttpConfig;
import dev.weft.wasi.http.types.BodyReader;
import dev.weft.wasi.http.types.ErrorCode;
import dev.weft.wasi.http.types.Fields;
import dev.weft.wasi.http.types.FutureIncomingResponse;
import dev.weft.wasi.http.types.IncomingResponse;
import dev.weft.wasi.http.types.Method;
import dev.weft.wasi.http.types.OutgoingBody;
import dev.weft.wasi.http.types.OutgoingRequest;
import dev.weft.wasi.http.types.RequestOptions;
import dev.weft.wasi.http.types.Scheme;
import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.Poller;
import dev.weft.wasi.io.StreamException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDK-client side of outgoing-handler without a guest: streamed request bodies, timeouts, URI errors. */
class JdkHttpSenderTest {
    private static HttpServer server;
    private static final CountDownLatch FIRST_CHUNK_SEEN = new CountDownLatch(1);
    private static final AtomicInteger TARGET_HITS = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/count", exchange -> {
            var in = exchange.getRequestBody();
            byte[] buf = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if ("stream".equals(exchange.getRequestURI().getQuery())) {
                    FIRST_CHUNK_SEEN.countDown();
                }
            }
            byte[] reply = (total + " bytes, content-length="
                    + exchange.getRequestHeaders().getFirst("content-length") + ", transfer-encoding="
                    + exchange.getRequestHeaders().getFirst("transfer-encoding")).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.createContext("/stall", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("part".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write("rest".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("location",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/target");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/target", exchange -> {
            TARGET_HITS.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static JdkHttpSender sender() {
        return new JdkHttpSender(WasiHttpConfig.builder().outbound(OutboundHttpPolicy.allow("127.0.0.1:*"))
                .betweenBytesTimeout(Duration.ofMillis(400)).build());
    }

    private static OutgoingRequest request(String path, List<HttpField> headers) throws Exception {
        OutgoingRequest r = new OutgoingRequest(Fields.fromList(headers));
        r.method(new Method("POST"));
        r.scheme(Optional.of(Scheme.HTTP));
        assertTrue(r.authority(Optional.of("127.0.0.1:" + server.getAddress().getPort())));
        assertTrue(r.pathWithQuery(Optional.of(path)));
        return r;
    }

    private static IncomingResponse await(FutureIncomingResponse future) {
        Poller.block(future.pollable());
        var outcome = future.get();
        if (outcome instanceof FutureIncomingResponse.Outcome.Failed f) {
            throw new AssertionError("failed: " + f.error().describe());
        }
        return assertInstanceOf(FutureIncomingResponse.Outcome.Ready.class, outcome).response();
    }

    private static String readAll(BodyReader reader) throws StreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            try {
                out.writeBytes(reader.blockingRead(65536));
            } catch (StreamException e) {
                if (e.isClosed()) {
                    return out.toString(StandardCharsets.UTF_8);
                }
                throw e;
            }
        }
    }

    @Test
    void requestBodyStreamsWhileTheGuestWrites() throws Exception {
        OutgoingRequest r = request("/count?stream", List.of());
        OutgoingBody body = r.body().orElseThrow();
        HostOutputStream out = body.write().orElseThrow();
        FutureIncomingResponse future = sender().send(r, new RequestOptions());
        out.write(new byte[1000]);
        // the server sees the first bytes before the body is finished (chunked, not buffered)
        assertTrue(FIRST_CHUNK_SEEN.await(30, TimeUnit.SECONDS));
        for (int i = 0; i < 100; i++) {
            out.write(new byte[10_000]);
        }
        assertEquals(Optional.empty(), body.finish(List.of()));
        IncomingResponse response = await(future);
        assertEquals(200, response.status());
        assertEquals("1001000 bytes, content-length=null, transfer-encoding=chunked",
                readAll(response.consume().orElseThrow().stream().orElseThrow()));
    }

    @Test
    void contentLengthIsSentWhenTheGuestSetsIt() throws Exception {
        OutgoingRequest r = request("/count", List.of(HttpField.of("content-length", "5")));
        OutgoingBody body = r.body().orElseThrow();
        FutureIncomingResponse future = sender().send(r, new RequestOptions());
        body.write().orElseThrow().write("12345".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), body.finish(List.of()));
        assertEquals("5 bytes, content-length=5, transfer-encoding=null",
                readAll(await(future).consume().orElseThrow().stream().orElseThrow()));
    }

    @Test
    void betweenBytesTimeoutFailsTheBodyRead() throws Exception {
        OutgoingRequest r = request("/stall", List.of());
        IncomingResponse response = await(sender().send(r, new RequestOptions()));
        BodyReader reader = response.consume().orElseThrow().stream().orElseThrow();
        StreamException e = assertThrows(StreamException.class, () -> readAll(reader));
        assertEquals(Optional.of(ErrorCode.Simple.CONNECTION_READ_TIMEOUT), e.error().orElseThrow().detail());
    }

    @Test
    void requestsRefusedBeforeSending() throws Exception {
        OutgoingRequest noAuthority = new OutgoingRequest(Fields.mutable());
        assertEquals(Optional.of(ErrorCode.Simple.HTTP_REQUEST_URI_INVALID),
                sender().send(noAuthority, new RequestOptions()).immediateError());
        OutgoingRequest ftp = request("/", List.of());
        ftp.scheme(Optional.of(new Scheme("ftp")));
        assertEquals(Optional.of(ErrorCode.Simple.HTTP_PROTOCOL_ERROR),
                sender().send(ftp, new RequestOptions()).immediateError());
        OutgoingRequest connect = request("/", List.of());
        connect.method(new Method("CONNECT"));
        assertEquals(Optional.of(ErrorCode.Simple.HTTP_REQUEST_METHOD_INVALID),
                sender().send(connect, new RequestOptions()).immediateError());
        OutgoingRequest elsewhere = request("/", List.of());
        elsewhere.authority(Optional.of("example.com"));
        assertEquals(Optional.of(ErrorCode.Simple.HTTP_REQUEST_DENIED),
                sender().send(elsewhere, new RequestOptions()).immediateError());
    }

    private static ErrorCode failure(FutureIncomingResponse future) {
        Poller.block(future.pollable());
        return assertInstanceOf(FutureIncomingResponse.Outcome.Failed.class, future.get()).error();
    }

    private static OutgoingRequest get(Scheme scheme, String authority, String path) {
        OutgoingRequest r = new OutgoingRequest(Fields.mutable());
        r.scheme(Optional.of(scheme));
        assertTrue(r.authority(Optional.of(authority)));
        assertTrue(r.pathWithQuery(Optional.of(path)));
        return r;
    }

    @Test
    void redirectsReachTheGuestAndAreNotFollowed() throws Exception {
        IncomingResponse response = await(sender().send(
                get(Scheme.HTTP, "127.0.0.1:" + server.getAddress().getPort(), "/redirect"), new RequestOptions()));
        assertEquals(302, response.status());
        assertEquals("http://127.0.0.1:" + server.getAddress().getPort() + "/target",
                new String(response.headers().get("location").getFirst(), StandardCharsets.UTF_8));
        assertEquals(0, TARGET_HITS.get(), "the client followed the redirect itself");
    }

    @Test
    void clientFailuresBecomeTheirErrorCodes() throws Exception {
        JdkHttpSender sender = new JdkHttpSender(WasiHttpConfig.builder()
                .outbound(OutboundHttpPolicy.allow("127.0.0.1:*", "*.invalid:*")).build());
        // a name that cannot resolve (RFC 6761 .invalid): DNS-error, as Wasmtime reports a failed lookup
        assertEquals(new ErrorCode.DnsError(Optional.of("address not available"), Optional.of(0)),
                failure(sender.send(get(Scheme.HTTP, "weft-test.invalid", "/"), new RequestOptions())));
        // nothing listens on a port that was just free
        int closed;
        try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        assertEquals(ErrorCode.Simple.CONNECTION_REFUSED,
                failure(sender.send(get(Scheme.HTTP, "127.0.0.1:" + closed, "/"), new RequestOptions())));
        // TLS to a server that reads the ClientHello and answers with a fatal handshake_failure alert: the
        // handshake fails. (A plain-text answer is not enough: the JDK's engine can wait for more bytes of what
        // it takes for a record, and the exchange then stalls.) The timeouts only bound the test.
        try (var plain = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = Thread.ofVirtual().start(() -> {
                try (var socket = plain.accept()) {
                    var in = new java.io.DataInputStream(socket.getInputStream());
                    byte[] header = new byte[5];
                    in.readFully(header);
                    in.readFully(new byte[((header[3] & 0xff) << 8) | (header[4] & 0xff)]);
                    // record type alert (21), TLS 1.2 (3,3), length 2: level fatal (2), handshake_failure (40)
                    socket.getOutputStream().write(new byte[] {21, 3, 3, 0, 2, 2, 40});
                    socket.shutdownOutput();
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                } catch (java.io.IOException e) {
                    // the client gave up first: the assertion below says how
                }
            });
            RequestOptions bounded = new RequestOptions();
            bounded.connectTimeout(Optional.of(java.time.Duration.ofSeconds(30)));
            bounded.firstByteTimeout(Optional.of(java.time.Duration.ofSeconds(30)));
            assertEquals(ErrorCode.Simple.TLS_PROTOCOL_ERROR, failure(sender.send(
                    get(Scheme.HTTPS, "127.0.0.1:" + plain.getLocalPort(), "/"), bounded)));
            answer.join();
        }
    }
}
