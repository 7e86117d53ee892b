package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.http.ProxyHandler;
import dev.weft.wasi.http.WasiHttpProxy;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Timeout;

/**
 * The server with real wasm guests through {@link WasiHttpProxy}: {@code http-spin} (a handler whose loop never
 * ends and makes no call) and {@code http-handler} (answers at once; its body is what jco serve answered).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WasmGuestServerTest {
    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void spinningGuestsAreStoppedByTheDeadlineAndDoNotStallOtherRequests(Dispatch dispatch) throws Exception {
        ProxyHandler router = SpinOrHello.router();
        String expected = SpinOrHello.expectedBody();
        ServerConfig config = ServerConfig.defaults().withAddress(new InetSocketAddress("127.0.0.1", 0))
                .withDeadline(Duration.ofSeconds(4));
        try (WeftServer server = WeftServer.start(router, config, dispatch);
                HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest check = HttpRequest.newBuilder(server.uri().resolve("/fixture/check?x=1")).build();
            assertEquals(expected, client.send(check, HttpResponse.BodyHandlers.ofString()).body()); // warm-up

            int spinners = Runtime.getRuntime().availableProcessors() + 1;
            List<CompletableFuture<HttpResponse<String>>> spinning = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < spinners; i++) {
                spinning.add(client.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/spin")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (server.activeRequests() < spinners && System.nanoTime() < waitUntil) {
                Thread.sleep(5);
            }
            assertEquals(spinners, server.activeRequests(), "all spinning guests run at once");
            HttpResponse<String> beside = client.send(check, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, beside.statusCode());
            assertEquals(expected, beside.body());
            assertTrue(spinning.stream().noneMatch(CompletableFuture::isDone),
                    "answered while " + spinners + " guests spin on " + (spinners - 1) + " cores");

            for (CompletableFuture<HttpResponse<String>> f : spinning) {
                assertEquals(503, f.get(60, TimeUnit.SECONDS).statusCode());
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 3_900, "the deadline is 4 s, answered after " + ms + " ms");
            long freeBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (server.activeRequests() > 0 && System.nanoTime() < freeBy) {
                Thread.sleep(10);
            }
            assertEquals(0, server.activeRequests(), "the interrupted guests unwound and freed their threads");
            assertEquals(expected, client.send(check, HttpResponse.BodyHandlers.ofString()).body());
        }
    }
}
