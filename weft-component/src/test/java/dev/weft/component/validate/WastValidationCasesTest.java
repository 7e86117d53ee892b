package dev.weft.component.validate;

import dev.weft.component.Component;
import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Quick validation loop over the conformance .wast scripts: every {@code (component ...)} must validate and every
 * {@code (assert_invalid (component ...))} must be rejected. The binaries come from
 * src/test/scripts/wast-validation-cases.mjs (jco parse), run here once into target/wast-cases.
 * Prints a pass count per script. Skipped (visibly) when the conformance data or node/jco are absent.
 */
class WastValidationCasesTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path CONFORMANCE = Path.of(System.getProperty("weft.conformance",
            MODULE.resolve("../../../shared/conformance").normalize().toString()));
    static final Path JCO_API = MODULE.resolve(
            "../fixtures/node_modules/@bytecodealliance/jco/dist/api.js").normalize();
    static final Path CACHE = MODULE.resolve("target/wast-cases");
    private static final Pattern CASE = Pattern.compile(
            "\\{\\s*\"file\": \"(\\d+\\.wasm)\",\\s*\"line\": (\\d+),\\s*\"expect\": \"(\\w+)\",\\s*\"message\": "
                    + "(null|\"(?:[^\"\\\\]|\\\\.)*\")(?:,\\s*\"convertError\": \"(?:[^\"\\\\]|\\\\.)*\")?");

    /** script -> {valid passed, valid total, invalid passed, invalid total}; printed after the run. */
    private static final java.util.Map<String, int[]> COUNTS = new java.util.concurrent.ConcurrentSkipListMap<>();
    private static final List<String> FAILURES = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Rejections whose message does not contain the script's expected text (reported, not failed). */
    private static final List<String> MESSAGE_MISMATCHES = java.util.Collections.synchronizedList(new ArrayList<>());

    @AfterAll
    static void report() throws IOException {
        StringBuilder sb = new StringBuilder();
        int[] total = new int[4];
        COUNTS.forEach((script, c) -> {
            sb.append(String.format("%-60s valid %3d/%3d   invalid %3d/%3d%n", script, c[0], c[1], c[2], c[3]));
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        });
        sb.append(String.format("%-60s valid %3d/%3d   invalid %3d/%3d%n", "TOTAL", total[0], total[1], total[2],
                total[3]));
        sb.append("rejections whose message lacks the expected text: ").append(MESSAGE_MISMATCHES.size())
                .append(System.lineSeparator());
        System.out.print(sb);
        if (Files.isDirectory(CACHE.getParent())) {
            Files.writeString(CACHE.getParent().resolve("wast-validation-summary.txt"),
                    sb + "\n" + String.join("\n", FAILURES) + "\n\nmessage mismatches:\n"
                            + String.join("\n", MESSAGE_MISMATCHES) + "\n");
        }
    }

    private static final java.util.Map<String, String> KNOWN_GAPS = loadKnownGaps();

    private static java.util.Map<String, String> loadKnownGaps() {
        java.util.Map<String, String> gaps = new java.util.HashMap<>();
        try (var in = WastValidationCasesTest.class.getResourceAsStream("/wast-validation-known-gaps.txt")) {
            if (in == null) {
                return gaps;
            }
            for (String line : new String(in.readAllBytes()).split("\n")) {
                String[] parts = line.split(" ", 3);
                if (!line.startsWith("#") && parts.length == 3) {
                    gaps.put(parts[0] + " " + parts[1], parts[2]);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return gaps;
    }

    /** Fails the case, or skips it with the recorded reason when it is a known gap. */
    private static void failOrSkip(String script, String line, String message) {
        String gap = KNOWN_GAPS.get(script + " " + line);
        Assumptions.assumeTrue(gap == null, () -> "known gap: " + gap + " (" + message + ")");
        fail(message);
    }

    private static void count(String script, boolean valid, boolean passed, String detail) {
        int[] c = COUNTS.computeIfAbsent(script, k -> new int[4]);
        synchronized (c) {
            c[valid ? 1 : 3]++;
            if (passed) {
                c[valid ? 0 : 2]++;
            }
        }
        if (!passed) {
            FAILURES.add(script + " " + detail);
        }
    }

    @TestFactory
    Stream<DynamicContainer> wastScripts() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CONFORMANCE), "no conformance data at " + CONFORMANCE);
        Assumptions.assumeTrue(Files.exists(JCO_API), "no jco at " + JCO_API);
        generate();
        List<DynamicContainer> containers = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CACHE)) {
            for (Path dir : dirs.sorted().toList()) {
                containers.add(script(dir));
            }
        }
        return containers.stream();
    }

    static void generate() throws IOException, InterruptedException {
        if (Files.isDirectory(CACHE)) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("node",
                MODULE.resolve("src/test/scripts/wast-validation-cases.mjs").toString(), JCO_API.toString(),
                CACHE.toString()));
        for (String folder : List.of("component-model/validation", "component-model/binary",
                "component-model/async", "component-model/linking", "component-model/resources",
                "component-model/values", "wasmtime-component-model")) {
            try (Stream<Path> files = Files.list(CONFORMANCE.resolve(folder))) {
                files.filter(p -> p.toString().endsWith(".wast")).sorted().forEach(p -> command.add(p.toString()));
            }
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("case extraction failed: " + out);
        }
    }

    private static DynamicContainer script(Path dir) throws IOException {
        String manifest = Files.readString(dir.resolve("cases.json"));
        List<DynamicTest> tests = new ArrayList<>();
        Matcher m = CASE.matcher(manifest);
        int[] counts = new int[2];
        while (m.find()) {
            Path wasm = dir.resolve(m.group(1));
            String line = m.group(2);
            boolean valid = m.group(3).equals("valid");
            String message = m.group(4);
            if (!Files.exists(wasm)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest((valid ? "valid" : "invalid") + " @ line " + line, () -> {
                byte[] bytes = Files.readAllBytes(wasm);
                String script = dir.getFileName().toString();
                if (valid) {
                    try {
                        Component.decode(bytes);
                        count(script, true, true, "");
                    } catch (DecodeException | ValidationException | RuntimeException e) {
                        count(script, true, false, "line " + line + " should validate but: " + e);
                        failOrSkip(script, line, "line " + line + " should validate but: " + e.getMessage());
                    }
                } else {
                    try {
                        Component.decode(bytes);
                        count(script, false, false, "line " + line + " accepted, expected " + message);
                    } catch (ValidationException e) {
                        count(script, false, true, "");
                        String expected = message == null ? "" : message.substring(1, message.length() - 1)
                                .replace("\\\"", "\"").replace("\\\\", "\\");
                        if (!e.getMessage().contains(expected)) {
                            MESSAGE_MISMATCHES.add(script + " line " + line + " expected \"" + expected + "\" got: "
                                    + e.getMessage());
                        }
                        return;
                    } catch (DecodeException | RuntimeException e) {
                        count(script, false, false, "line " + line + " expected invalid (" + message + ") got " + e);
                        failOrSkip(script, line, "line " + line + " expected invalid (" + message + ") got " + e);
                        return;
                    }
                    failOrSkip(script, line, "line " + line + " should be rejected: " + message);
                }
            }));
        }
        return DynamicContainer.dynamicContainer(dir.getFileName().toString(), tests);
    }
}
