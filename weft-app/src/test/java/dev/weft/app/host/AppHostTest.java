package dev.weft.app.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.app.manifest.AppManifest;
import dev.weft.app.manifest.ManifestException;
import dev.weft.app.manifest.ManifestReader;
import dev.weft.testkit.Fixtures;
import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.IncomingHttpRequest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/app (two WAT and one JS wasi:http components) served through {@link AppHost}, without a network server. */
class AppHostTest {
    private static final AppHost.EngineFactory ENGINE = AppHost.EngineFactory.defaultCache();

    private static Path copyExample(Path dir) {
        return Fixtures.copyExampleApp(dir);
    }

    private static CapturingSink get(AppHost host, String path) {
        CapturingSink sink = new CapturingSink();
        HandleOutcome outcome = host.handle(new IncomingHttpRequest("GET", "http", "127.0.0.1:3000", path,
                List.of(), new ByteArrayInputStream(new byte[0]), List::of), sink);
        assertTrue(outcome instanceof HandleOutcome.Completed, path + ": " + outcome);
        return sink;
    }

    @Test
    void routesEachRequestToTheMostSpecificComponent(@TempDir Path dir) throws Exception {
        AppManifest manifest = ManifestReader.read(copyExample(dir));
        try (AppHost host = AppHost.load(ENGINE, manifest, Map.of(), Optional.empty())) {
            CapturingSink home = get(host, "/hello?x=1");
            assertEquals(200, home.status);
            assertEquals("Home component of hello-app: GET /hello?x=1\n", home.body());
            assertEquals(Optional.of("weft-app-web"), home.header("x-weft-fixture"));

            CapturingSink api = get(host, "/api/items/7");
            assertEquals("API component of hello-app:  GET /api/items/7\n", api.body());
            assertEquals(Optional.of("weft-app-api"), api.header("x-weft-fixture"));
            assertEquals("API component of hello-app:  GET /api\n", get(host, "/api").body());
            assertEquals("Home component of hello-app: GET /apix\n", get(host, "/apix").body());

            assertEquals(200, get(host, "/.well-known/weft/ready").status);
            assertEquals(200, get(host, "/.well-known/weft/health").status);
            String metrics = get(host, "/.well-known/weft/metrics").body();
            assertTrue(metrics.contains("weft_requests_total{app=\"hello-app\",component=\"api\",status=\"200\"} 2.0"),
                    metrics);
            assertTrue(metrics.contains("weft_requests_total{app=\"hello-app\",component=\"home\",status=\"200\"} 2.0"),
                    metrics);
            assertTrue(metrics.contains("weft_instantiations_total{app=\"hello-app\",component=\"api\"} 2.0"), metrics);
            assertTrue(metrics.contains("weft_component_load_duration_seconds_count{app=\"hello-app\",component=\"home\"} 1"),
                    metrics);
            assertEquals(404, get(host, "/.well-known/weft/nothing").status);
        }
    }

    @Test
    void theCounterKeepsItsVisitsAcrossRestarts(@TempDir Path dir) throws Exception {
        AppManifest manifest = ManifestReader.read(copyExample(dir));
        try (AppHost host = AppHost.load(ENGINE, manifest, Map.of(), Optional.empty())) {
            String first = get(host, "/counter/a").body();
            assertTrue(first.startsWith("greeting=hello from the counter visits=1\n"), first);
            assertTrue(first.contains("weft-path-info=/a spin-path-info=/a weft-matched-route=/counter/..."), first);
            assertTrue(get(host, "/counter/a").body().contains("visits=2\n"));
            assertTrue(get(host, "/counter/b").body().contains("visits=1\n"), "visits are counted per path");
        }
        try (AppHost host = AppHost.load(ENGINE, ManifestReader.read(dir.resolve("weft.toml")), Map.of(),
                Optional.empty())) {
            assertTrue(get(host, "/counter/a").body().contains("visits=3\n"), "kept in .weft/ across a restart");
        }
    }

    @Test
    void noRouteIsA404(@TempDir Path dir) throws Exception {
        Path toml = copyExample(dir);
        Files.writeString(toml, Files.readString(toml).replace("route = \"/...\"", "route = \"/home\""));
        try (AppHost host = AppHost.load(ENGINE, ManifestReader.read(toml), Map.of(), Optional.empty())) {
            CapturingSink missing = get(host, "/elsewhere");
            assertEquals(404, missing.status);
            assertEquals("no route for /elsewhere\n", missing.body());
            assertEquals("Home component of hello-app: GET /home\n", get(host, "/home").body());
        }
    }

    @Test
    void aComponentTheHostCannotServeRefusesTheApp(@TempDir Path dir) throws Exception {
        Path toml = copyExample(dir);
        Files.copy(Fixtures.component("host-import"), dir.resolve("custom.wasm"));
        Files.writeString(toml, Files.readString(toml).replace("source = \"api.wasm\"", "source = \"custom.wasm\""));
        ManifestException e = assertThrows(ManifestException.class,
                () -> AppHost.load(ENGINE, ManifestReader.read(toml), Map.of(), Optional.empty()));
        assertEquals("component.api.source", e.key());
        assertEquals(lineOf(toml, "[component.api]"), e.line());
        assertTrue(e.problem().startsWith("custom.wasm cannot run here: "), e.getMessage());
    }

    @Test
    void aMissingRequiredVariableRefusesTheApp(@TempDir Path dir) throws Exception {
        Path toml = copyExample(dir);
        Files.writeString(toml, Files.readString(toml).replace("greeting = { default = \"hello\" }",
                "greeting = { required = true }"));
        ManifestException e = assertThrows(ManifestException.class,
                () -> AppHost.load(ENGINE, ManifestReader.read(toml), Map.of(), Optional.empty()));
        assertEquals("variables.greeting", e.key());
        try (AppHost host = AppHost.load(ENGINE, ManifestReader.read(toml), Map.of("WEFT_VAR_GREETING", "hi"),
                Optional.empty())) {
            assertEquals(200, get(host, "/api/x").status);
        }
    }

    @Test
    void aComponentsMemoryLimitAppliesToEachInstance(@TempDir Path dir) throws Exception {
        Path toml = copyExample(dir);
        // home.wasm's core module starts with one 64 KiB page: a 32 KiB limit refuses every instance
        Files.writeString(toml, Files.readString(toml) + "\n[component.home.limits]\nmemory = 32768\n");
        try (AppHost host = AppHost.load(ENGINE, ManifestReader.read(toml), Map.of(), Optional.empty())) {
            CapturingSink sink = new CapturingSink();
            HandleOutcome outcome = host.handle(new IncomingHttpRequest("GET", "http", "h", "/x", List.of(),
                    new ByteArrayInputStream(new byte[0]), List::of), sink);
            assertTrue(outcome instanceof HandleOutcome.GuestFailed f && f.reason().contains("memory limit"),
                    outcome.toString());
            assertEquals(500, sink.status);
            assertEquals(200, get(host, "/api/x").status, "the api component has no such limit");
            String metrics = get(host, "/.well-known/weft/metrics").body();
            assertTrue(metrics.contains(
                    "weft_limit_hits_total{app=\"hello-app\",component=\"home\",limit=\"memory\"} 1.0"), metrics);
        }
    }

    @Test
    void templatedOutboundHostsAreCheckedAfterRendering(@TempDir Path dir) throws Exception {
        Path toml = copyExample(dir);
        Files.writeString(toml, Files.readString(toml)
                .replace("greeting = { default = \"hello\" }", "greeting = { default = \"hello\" }\napi = { default = \"api.example.com\" }")
                .replace("\"https://api.example.com\"", "\"https://{{ api }}\""));
        try (AppHost host = AppHost.load(ENGINE, ManifestReader.read(toml), Map.of(), Optional.empty())) {
            assertEquals(200, get(host, "/api/x").status);
        }
        ManifestException e = assertThrows(ManifestException.class, () -> AppHost.load(ENGINE,
                ManifestReader.read(toml), Map.of("WEFT_VAR_API", "api.*.com"), Optional.empty()));
        assertEquals("component.api.allowed_outbound_hosts", e.key());
        assertTrue(e.problem().contains("wildcards are allowed only"), e.getMessage());
    }

    @Test
    void limitsAreReadFromTheRuntimesTrapMessages() {
        assertEquals(Optional.of(dev.weft.app.metrics.LimitKind.DEADLINE), AppHost.limitIn(
                "guest trapped: deadline exceeded: the call ran longer than PT0.5S (interrupted)"));
        assertEquals(Optional.empty(), AppHost.limitIn("guest trapped: unreachable"));
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
