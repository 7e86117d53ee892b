package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.component.Component;
import dev.weft.runtime.Engine;
import dev.weft.testkit.json.Json;
import dev.weft.testkit.json.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the wasi-testsuite (WASI 0.2 components) from {@code /work/shared/conformance/wasi-testsuite-p2/}: per test
 * the args, env, preopened root (copied to a temp folder), exit code, stdout and stderr of its {@code NAME.json}.
 * Tests in INVALID.txt are skipped with their reason. Prints {@code N passed, N failed, N skipped}.
 */
class WasiTestsuiteTest {
    static final Path SUITE = Path.of(System.getProperty("weft.wasi.testsuite",
            "/work/shared/conformance/wasi-testsuite-p2"));
    static final Engine ENGINE = Engine.create();
    static final Map<String, String> OUTCOMES = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> wasiTestsuite() throws IOException {
        assumeTrue(Files.isDirectory(SUITE), "wasi-testsuite not present at " + SUITE);
        Map<String, String> invalid = invalid();
        List<DynamicTest> tests = new ArrayList<>();
        for (String dir : List.of("assemblyscript", "c", "rust")) {
            try (Stream<Path> files = Files.list(SUITE.resolve(dir))) {
                for (Path wasm : files.filter(p -> p.toString().endsWith(".wasm")).sorted().toList()) {
                    String name = dir + "/" + wasm.getFileName().toString().replace(".wasm", "");
                    tests.add(DynamicTest.dynamicTest(name, () -> run(name, wasm, invalid.get(name))));
                }
            }
        }
        return tests.stream();
    }

    private static Map<String, String> invalid() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(SUITE.resolve("INVALID.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t", 2);
                out.put(parts[0].trim(), parts.length > 1 ? parts[1] : "listed in INVALID.txt");
            }
        }
        return out;
    }

    private static void run(String name, Path wasm, String skipReason) throws Exception {
        if (skipReason != null) {
            OUTCOMES.put(name, "skipped: " + skipReason);
            assumeTrue(false, skipReason);
        }
        try {
            check(name, wasm);
            OUTCOMES.put(name, "passed");
        } catch (Throwable t) {
            OUTCOMES.put(name, "FAILED: " + String.valueOf(t.getMessage()).lines().findFirst().orElse(""));
            throw t;
        }
    }

    private static void check(String name, Path wasm) throws Exception {
        Path jsonFile = wasm.resolveSibling(wasm.getFileName().toString().replace(".wasm", ".json"));
        Json.JsonObject spec = Files.exists(jsonFile)
                ? (Json.JsonObject) JsonParser.parse(Files.readString(jsonFile))
                : new Json.JsonObject(Map.of());
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var ctx = WasiContext.builder().stdout(out).stderr(err);
        List<String> args = new ArrayList<>(List.of(wasm.getFileName().toString()));
        if (spec.get("args") instanceof Json.JsonArray a) {
            a.elements().forEach(e -> args.add(((Json.JsonString) e).value()));
        }
        ctx.args(args);
        if (spec.get("env") instanceof Json.JsonObject env) {
            env.members().forEach((k, v) -> ctx.env(k, ((Json.JsonString) v).value()));
        }
        Path temp = null;
        if (spec.get("root") instanceof Json.JsonString root) {
            temp = Files.createTempDirectory("wasi-test");
            TreeCopy.copy(wasm.resolveSibling(root.value()), temp);
            ctx.preopenDir(temp, "/", false);
        }
        try {
            int exit;
            try {
                exit = WasiCommand.run(ENGINE, Component.decode(Files.readAllBytes(wasm)), ctx.build());
            } catch (dev.weft.error.Trap trap) {
                throw new AssertionError(name + ": trap: " + trap.getMessage() + "; stderr: "
                        + err.toString(StandardCharsets.UTF_8).replace('\n', ' '), trap);
            }
            long expectedExit = spec.get("exit_code") instanceof Json.JsonNumber n ? n.asLong() : 0;
            String stdout = out.toString(StandardCharsets.UTF_8);
            String stderr = err.toString(StandardCharsets.UTF_8);
            assertEquals(expectedExit, exit, name + ": exit code (stderr: " + stderr + ")");
            if (spec.get("stdout") instanceof Json.JsonString s) {
                assertEquals(s.value(), stdout, name + ": stdout");
            }
            if (spec.get("stderr") instanceof Json.JsonString s) {
                assertEquals(s.value(), stderr, name + ": stderr");
            }
        } finally {
            if (temp != null) {
                TreeCopy.delete(temp);
            }
        }
    }

    @AfterAll
    static void report() {
        long passed = OUTCOMES.values().stream().filter(o -> o.equals("passed")).count();
        long skipped = OUTCOMES.values().stream().filter(o -> o.startsWith("skipped")).count();
        long failed = OUTCOMES.size() - passed - skipped;
        System.out.println("wasi-testsuite-p2: " + passed + " passed, " + failed + " failed, " + skipped + " skipped");
        new TreeMap<>(OUTCOMES).forEach((name, outcome) -> {
            if (!outcome.equals("passed")) {
                System.out.println("  " + name + ": " + outcome);
            }
        });
    }
}
