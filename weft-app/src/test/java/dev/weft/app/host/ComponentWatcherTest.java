package dev.weft.app.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.app.manifest.ManifestReader;
import dev.weft.testkit.Fixtures;
import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.IncomingHttpRequest;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code weft up --watch}: a changed component file is reloaded and swapped in; a bad one keeps the old version. */
class ComponentWatcherTest {
    private static final String HOME = "Home component of hello-app: GET /hello\n";
    private static final String API = "API component of hello-app:  GET /hello\n";

    private static Path copyExample(Path dir) {
        return Fixtures.copyExampleApp(dir);
    }

    private static String get(AppHost host, String path) {
        CapturingSink sink = new CapturingSink();
        HandleOutcome outcome = host.handle(request(path), sink);
        assertTrue(outcome instanceof HandleOutcome.Completed, path + ": " + outcome);
        return sink.body();
    }

    private static IncomingHttpRequest request(String path) {
        return new IncomingHttpRequest("GET", "http", "127.0.0.1:3000", path, List.of(),
                new ByteArrayInputStream(new byte[0]), List::of);
    }

    @Test
    void aChangedFileIsSwappedInAndABadOneKeepsTheOldVersion(@TempDir Path dir) throws Exception {
        Path toml = copyExample(dir);
        List<String> log = new CopyOnWriteArrayList<>();
        try (AppHost host = AppHost.load(AppHost.EngineFactory.defaultCache(), ManifestReader.read(toml), Map.of(),
                Optional.empty());
                ComponentWatcher watcher = ComponentWatcher.start(host, log::add, Duration.ofMillis(200))) {
            assertEquals(HOME, get(host, "/hello"));

            // a request in flight: its response has begun on the old version and waits until after the swap
            CountDownLatch begun = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CapturingSink slow = new CapturingSink() {
                @Override
                public OutputStream begin(int status, List<HttpField> headers) {
                    begun.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return super.begin(status, headers);
                }
            };
            CompletableFuture<HandleOutcome> inFlight = CompletableFuture.supplyAsync(
                    () -> host.handle(request("/hello"), slow));
            assertTrue(begun.await(20, TimeUnit.SECONDS));

            AppComponent before = host.component("home");
            Files.write(dir.resolve("home.wasm"), Files.readAllBytes(dir.resolve("api.wasm")));
            awaitLog(log, 1);
            assertTrue(log.get(0).startsWith("reloaded home (home.wasm) in "), log.toString());
            assertEquals(API, get(host, "/hello"), "new requests get the new version");

            release.countDown();
            assertTrue(inFlight.get(20, TimeUnit.SECONDS) instanceof HandleOutcome.Completed);
            assertEquals(HOME, slow.body(), "the request in flight finished on the old version");
            assertTrue(before != host.component("home"));

            AppComponent good = host.component("home");
            Files.write(dir.resolve("home.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 42, 42});
            awaitLog(log, 2);
            assertTrue(log.get(1).startsWith("reload of home failed, still serving the old version: "), log.get(1));
            assertTrue(log.get(1).contains("component.home.source"), log.get(1));
            assertEquals(2, log.size(), "one line per failed reload: " + log);
            assertSame(good, host.component("home"));
            assertEquals(API, get(host, "/hello"), "still the last good version");
        }
    }

    @Test
    void aLinkErrorKeepsTheOldVersion(@TempDir Path dir) throws Exception {
        Path toml = copyExample(dir);
        try (AppHost host = AppHost.load(AppHost.EngineFactory.defaultCache(), ManifestReader.read(toml), Map.of(),
                Optional.empty())) {
            Files.copy(Fixtures.component("host-import"), dir.resolve("home.wasm"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            var e = org.junit.jupiter.api.Assertions.assertThrows(dev.weft.app.manifest.ManifestException.class,
                    () -> host.reload("home"));
            assertTrue(e.problem().startsWith("home.wasm cannot run here: "), e.getMessage());
            assertEquals(HOME, get(host, "/hello"));
        }
    }

    private static void awaitLog(List<String> log, int lines) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (log.size() < lines && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(log.size() >= lines, "no reload logged within 20 s: " + log);
    }
}
