package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.testkit.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code weft serve}'s per-request limits and guest options on the {@code http-faults} fixture (a handler that
 * grows memory without bound on {@code /alloc}, spins on {@code /loop}, traps otherwise, and never answers): the
 * memory cap and the deadline stop the guest, the client gets 500 or 503, and the server goes on.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServeLimitsTest {
    @Test
    void memoryCapDeadlineAndTrapsEachFailOneRequestAndTheServerGoesOn() throws Exception {
        String wasm = Fixtures.component("http-faults").toString();
        // the wildcard --allow-http patterns and -S options are accepted as wasmtime serve's are
        ServeProcess weft = ServeProcess.start("--addr", "127.0.0.1:0", "--max-memory", "8M", "--deadline", "3s",
                "--allow-http", "*.example.com", "--allow-http", "127.0.0.1:*", "--allow-http",
                "https://api.example.com", "-S", "inherit-network,allow-ip-name-lookup", "--env", "MODE=test", wasm);
        try (HttpClient client = HttpClient.newHttpClient()) {
            URI base = weft.uri();
            // without the cap the guest would grow toward 4 GiB until the 3 s deadline answered 503
            assertEquals(500, get(client, base, "/alloc"), weft.stderr());
            assertEquals(503, get(client, base, "/loop"), weft.stderr());
            assertEquals(500, get(client, base, "/trap"), weft.stderr());
            assertEquals(500, get(client, base, "/alloc"), "the server still serves after the faults");
            weft.awaitLog("GET /trap 500 ");
        } finally {
            assertTrue(weft.stop(), "weft serve did not stop on SIGTERM");
        }
        String log = weft.stderr();
        assertTrue(log.matches("(?s).*GET /alloc 500 \\S+ \\S+ guest-failed: .*"), log);
        assertTrue(log.matches("(?s).*GET /loop 503 \\S+ \\S+ deadline.*"), log);
        assertTrue(log.matches("(?s).*GET /trap 500 \\S+ \\S+ guest-failed: .*"), log);
    }

    @Test
    void badLimitOrPatternIsOneLineOfError() {
        String wasm = Fixtures.component("http-faults").toString();
        var memory = CliRunner.run("serve", "--max-memory", "lots", wasm);
        assertEquals(1, memory.exitCode());
        assertTrue(memory.err().contains("--max-memory lots: expected a size"), memory.err());
        var pattern = CliRunner.run("serve", "--allow-http", "ftp://example.com", wasm);
        assertEquals(1, pattern.exitCode());
        assertTrue(pattern.err().contains("--allow-http: outbound HTTP pattern `ftp://example.com`: the scheme must "
                + "be http or https"), pattern.err());
        var option = CliRunner.run("serve", "-S", "bogus", wasm);
        assertEquals(1, option.exitCode());
        assertTrue(option.err().contains("-S bogus: unknown WASI option `bogus`"), option.err());
    }

    private static int get(HttpClient client, URI base, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
