package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.app.host.AppHost;
import dev.weft.app.manifest.AppManifest;
import dev.weft.app.manifest.ComponentSpec;
import dev.weft.app.manifest.ManifestReader;
import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.HttpResponseSink;
import dev.weft.wasi.http.IncomingHttpRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code weft new}: the http-js project's files, its weft.toml as {@code weft up} reads it, and (built by
 * scripts/build-fixtures.sh from the same template with the project's own build.mjs: fixtures/build/js-new-http-js.wasm,
 * ~1 min of componentize-js, so not at test time) its component served by {@link AppHost}.
 */
class NewCommandTest {
    private static final List<String> FILES = List.of("weft.toml", "package.json", "build.mjs", "README.md",
            ".gitignore", "src/index.js", "wit/world.wit", "wit/deps/wasi-http/package.wit",
            "wit/deps/wasi-io/package.wit", "wit/deps/wasi-cli/package.wit", "wit/deps/wasi-clocks/package.wit",
            "wit/deps/wasi-random/package.wit", "wit/deps/wasi-filesystem/package.wit",
            "wit/deps/wasi-sockets/package.wit");

    @Test
    void scaffoldsAnHttpJsProjectWhoseManifestWeftUpReads(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("hello");
        CliRunner.Result r = CliRunner.run("new", "--template", "http-js", project.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("npm install && npm run build"), r.out());
        for (String f : FILES) {
            assertTrue(Files.isRegularFile(project.resolve(f)), f + " missing");
            assertTrue(!Files.readString(project.resolve(f)).contains("__NAME__"), f + " still has the placeholder");
        }

        AppManifest manifest = ManifestReader.read(project.resolve("weft.toml"));
        assertEquals("hello", manifest.application().name());
        ComponentSpec spec = manifest.components().get("hello");
        assertEquals(project.resolve("dist/hello.wasm").toAbsolutePath().normalize(),
                spec.source().toAbsolutePath().normalize());
        assertEquals(1, manifest.httpTriggers().size());
        assertEquals(Optional.of("/..."), manifest.httpTriggers().get(0).route());
        assertEquals("hello", manifest.httpTriggers().get(0).component());

        // componentize-js's engine exports incoming-handler only at 0.2.10 (TOOLCHAIN.md)
        assertTrue(Files.readString(project.resolve("wit/world.wit"))
                .contains("export wasi:http/incoming-handler@0.2.10;"));
        assertTrue(Files.readString(project.resolve("wit/deps/wasi-http/package.wit"))
                .startsWith("package wasi:http@0.2.10;"));
        assertTrue(Files.readString(project.resolve("package.json")).contains("\"name\": \"hello\""));
        assertTrue(Files.readString(project.resolve("package.json")).contains("@bytecodealliance/componentize-js"));
        assertTrue(Files.readString(project.resolve("src/index.js")).contains("from 'wasi:http/types@0.2.10'"));
    }

    @Test
    void refusesABadNameAnUnknownTemplateAndAFolderInUse(@TempDir Path dir) throws Exception {
        CliRunner.Result badName = CliRunner.run("new", dir.resolve("Hello_World").toString());
        assertEquals(1, badName.exitCode());
        assertTrue(badName.err().contains("kebab-case"), badName.err());

        CliRunner.Result badTemplate = CliRunner.run("new", "-t", "http-cobol", dir.resolve("x").toString());
        assertEquals(1, badTemplate.exitCode());
        assertTrue(badTemplate.err().contains("unknown template; known: http-js"), badTemplate.err());

        Files.createDirectories(dir.resolve("taken"));
        Files.writeString(dir.resolve("taken/keep.txt"), "mine");
        CliRunner.Result taken = CliRunner.run("new", dir.resolve("taken").toString());
        assertEquals(1, taken.exitCode());
        assertTrue(taken.err().contains("already exists"), taken.err());
        assertEquals("mine", Files.readString(dir.resolve("taken/keep.txt")));
    }

    @Test
    void theBuiltProjectIsServedByWeftUp(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("hello");
        assertEquals(0, CliRunner.run("new", project.toString()).exitCode());
        Path built = CliRunner.repoRoot().resolve("fixtures/build/js-new-http-js.wasm");
        assertTrue(Files.isRegularFile(built), built + " missing: run scripts/build-fixtures.sh");
        Files.createDirectories(project.resolve("dist"));
        Files.copy(built, project.resolve("dist/hello.wasm"));

        ExecutorService guest = Executors.newSingleThreadExecutor(t -> new Thread(null, t, "guest", 256L << 20));
        try (AppHost host = AppHost.load(AppHost.EngineFactory.defaultCache(),
                ManifestReader.read(project.resolve("weft.toml")), Map.of(), Optional.empty())) {
            Sink sink = new Sink();
            HandleOutcome outcome = guest.submit(() -> host.handle(new IncomingHttpRequest("GET", "http",
                    "127.0.0.1:3000", "/greet?who=you", List.of(), new ByteArrayInputStream(new byte[0]), List::of),
                    sink)).get(120, TimeUnit.SECONDS);
            assertTrue(outcome instanceof HandleOutcome.Completed, outcome.toString());
            assertEquals(200, sink.status);
            assertEquals("Hello from hello! GET /greet?who=you\n", sink.body.toString(StandardCharsets.UTF_8));
        } finally {
            guest.shutdownNow();
        }
    }

    private static final class Sink implements HttpResponseSink {
        int status = -1;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        @Override
        public OutputStream begin(int status, List<HttpField> headers) {
            this.status = status;
            return body;
        }

        @Override
        public void end(List<HttpField> trailers) {
        }

        @Override
        public void abort(String reason) {
        }
    }
}
