package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.testkit.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code weft serve} in its own JVM on a free port, serving the WAT wasi:http fixture; the expected body is what
 * jco serve answered when the fixture was built ({@code fixtures/wat/http-handler/expected.body}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServeCommandTest {
    @Test
    void servesTheWatProxyFixtureLikeJcoServeAndStopsOnSigterm() throws Exception {
        Path wasm = Fixtures.component("http-handler");
        String expected = Files.readString(Fixtures.source("wat/http-handler/expected.body"));
        ServeProcess weft = ServeProcess.start("--addr", "127.0.0.1:0", "--max-body-size", "16",
                "--deadline", "20s", wasm.toString());
        try (HttpClient client = HttpClient.newHttpClient()) {
            URI base = weft.uri();

            HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/fixture/check?x=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals(expected, r.body());
            assertEquals("http-handler", r.headers().firstValue("x-weft-fixture").orElseThrow());
            assertEquals("text/plain", r.headers().firstValue("content-type").orElseThrow());

            HttpResponse<String> post = client.send(HttpRequest.newBuilder(base.resolve("/p?q"))
                    .POST(HttpRequest.BodyPublishers.ofString("small")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("Hello from WAT on wasi:http! POST /p?q\n", post.body());

            HttpResponse<String> big = client.send(HttpRequest.newBuilder(base.resolve("/big"))
                    .POST(HttpRequest.BodyPublishers.ofString("x".repeat(17))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, big.statusCode());
            weft.awaitLog("POST /big 413 ");
        } finally {
            assertTrue(weft.stop(), "weft serve did not stop on SIGTERM"); // SIGTERM: graceful shutdown
        }
        String log = weft.stderr();
        assertTrue(log.contains("GET /fixture/check?x=1 200 "), log);
        assertTrue(log.contains("POST /big 413 "), log);
    }

    @Test
    void aBadAddressIsOneLineOfError() {
        var result = CliRunner.run("serve", "--addr", "nowhere", Fixtures.component("http-handler").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("--addr nowhere: expected HOST:PORT"), result.err());
    }
}
