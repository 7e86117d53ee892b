package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.testkit.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code weft up}: refusing bad apps before serving (in-process), and serving examples/app (in a child JVM). */
class UpCommandTest {
    private static Path copyExample(Path dir) {
        return Fixtures.copyExampleApp(dir);
    }

    @Test
    void aBadManifestIsOneLineNamingTheKeyAndLine(@TempDir Path dir) throws Exception {
        Path toml = copyExample(dir);
        Files.writeString(toml, Files.readString(toml).replace("source = \"api.wasm\"", "sorce = \"api.wasm\""));
        CliRunner.Result r = CliRunner.run("up", "-f", toml.toString(), "--listen", "127.0.0.1:0");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("weft: weft.toml:") || r.err().contains("weft.toml:"), r.err());
        assertTrue(r.err().contains("component.api.sorce: unknown key"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aComponentThatCannotLinkRefusesTheAppBeforeServing(@TempDir Path dir) throws Exception {
        Path toml = copyExample(dir);
        Files.copy(CliRunner.repoRoot().resolve("fixtures/build/host-import.wasm"), dir.resolve("custom.wasm"));
        Files.writeString(toml, Files.readString(toml).replace("source = \"api.wasm\"", "source = \"custom.wasm\""));
        CliRunner.Result r = CliRunner.run("up", "-f", toml.toString(), "--listen", "127.0.0.1:0");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("component.api.source: custom.wasm cannot run here"), r.err());
    }

    @Test
    void servesTheExampleAppOverHttp(@TempDir Path dir) throws Exception {
        Path toml = copyExample(dir);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WeftCommand.class.getName(),
                "up", "-f", toml.toString(), "--listen", "127.0.0.1:0").redirectErrorStream(true).start();
        try {
            BufferedReader log = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Pattern serving = Pattern.compile("Serving hello-app \\((home, api, counter)\\) on (http://127\\.0\\.0\\.1:\\d+/)");
            java.util.concurrent.CompletableFuture<URI> started = new java.util.concurrent.CompletableFuture<>();
            StringBuilder seen = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    for (String line; (line = log.readLine()) != null; ) {
                        synchronized (seen) {
                            seen.append(line).append('\n');
                        }
                        Matcher m = serving.matcher(line);
                        if (m.find()) {
                            started.complete(URI.create(m.group(2)));
                        }
                    }
                } catch (java.io.IOException closed) {
                    // the child was stopped
                }
                started.completeExceptionally(new AssertionError("weft up exited"));
            });
            reader.setDaemon(true);
            reader.start();
            URI base;
            try {
                base = started.get(240, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                synchronized (seen) {
                    throw new AssertionError("weft up did not start: " + e + "\n" + seen);
                }
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(base.resolve("/hello")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertEquals("Home component of hello-app: GET /hello\n", home.body());
            HttpResponse<String> api = client.send(HttpRequest.newBuilder(base.resolve("/api/items?id=3")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("API component of hello-app:  GET /api/items?id=3\n", api.body());
            assertEquals("weft-app-api", api.headers().firstValue("x-weft-fixture").orElseThrow());
            HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(
                    base.resolve("/.well-known/weft/metrics")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(metrics.body().contains(
                    "weft_requests_total{app=\"hello-app\",component=\"api\",status=\"200\"} 1.0"), metrics.body());
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
