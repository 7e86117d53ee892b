package dev.weft.wasi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.weft.component.Component;
import dev.weft.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code wasi:http/outgoing-handler} from the {@code js-http-proxy} fixture's {@code /fetch} route against a JDK
 * {@link HttpServer} on loopback: denied by default, allowed per host pattern, refused connections and first-byte
 * timeouts as error codes.
 */
class OutboundFetchTest {
    private static HttpServer server;
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static Component component;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            REQUESTS.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (exchange.getRequestURI().getPath().equals("/slow")) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] reply = ("pong " + exchange.getRequestMethod() + " " + exchange.getRequestURI()
                    + " x-from-guest=" + exchange.getRequestHeaders().getFirst("x-from-guest") + " body=" + body)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("x-upstream", "seen");
            exchange.sendResponseHeaders(201, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        component = Component.decode(Files.readAllBytes(Fixtures.buildDir().resolve("js-http-proxy.wasm")));
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static int port() {
        return server.getAddress().getPort();
    }

    private static RecordingSink fetch(WasiHttpProxy proxy, String url, Optional<Integer> timeoutMs) {
        List<HttpField> headers = timeoutMs.map(t -> List.of(HttpField.of("x-fetch-url", url),
                HttpField.of("x-fetch-timeout-ms", t.toString()))).orElse(List.of(HttpField.of("x-fetch-url", url)));
        RecordingSink sink = new RecordingSink();
        proxy.handle(new IncomingHttpRequest("GET", "http", "localhost", "/fetch", headers,
                new ByteArrayInputStream(new byte[0]), List::of), sink);
        return sink;
    }

    private static WasiHttpProxy proxy(OutboundHttpPolicy policy) throws Exception {
        return WasiHttpProxy.prepare(HelloProxyTest.ENGINE, component,
                WasiHttpConfig.builder().outbound(policy).build());
    }

    @Test
    void deniedByDefaultAndOutsideThePatterns() throws Exception {
        int before = REQUESTS.get();
        for (var policy : List.of(OutboundHttpPolicy.denyAll(), OutboundHttpPolicy.allow("127.0.0.1:1",
                "localhost:*", "*.example.com"))) {
            RecordingSink sink = fetch(proxy(policy), "http://127.0.0.1:" + port() + "/hello", Optional.empty());
            assertEquals(502, sink.status, policy.toString());
            assertEquals("outbound error: HTTP-request-denied\n", sink.bodyText());
        }
        assertEquals(before, REQUESTS.get(), "a denied request never reaches the server");
    }

    @Test
    void allowedPatternsReachTheServerWithStreamedBodies() throws Exception {
        WasiHttpProxy proxy = proxy(OutboundHttpPolicy.allow("127.0.0.1:*"));
        RecordingSink sink = fetch(proxy, "http://127.0.0.1:" + port() + "/hello?q=1", Optional.empty());
        assertEquals(200, sink.status);
        assertEquals("upstream 201: pong POST /hello?q=1 x-from-guest=yes body=ping", sink.bodyText());
        assertEquals(Optional.of("seen"), sink.header("x-upstream"));

        // refused: nothing listens on a port that was just free
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        RecordingSink refused = fetch(proxy, "http://127.0.0.1:" + closed + "/", Optional.empty());
        assertEquals(502, refused.status);
        assertEquals("outbound error: connection-refused\n", refused.bodyText());

        // first-byte timeout from request-options
        RecordingSink slow = fetch(proxy, "http://127.0.0.1:" + port() + "/slow", Optional.of(300));
        assertEquals(502, slow.status);
        assertEquals("outbound error: connection-read-timeout\n", slow.bodyText());
    }
}
