package dev.weft.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through the launcher's main class, on binary-only scripts (no node needed) and Weft's real checker. */
class ConformanceMainTest {
    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeScript() throws Exception {
        Path dir = Files.createDirectories(root.resolve("component-model/harness-selftest"));
        // Binary.md: an empty component is the 8-byte preamble; 4 bytes are a truncated preamble
        Files.writeString(dir.resolve("t.wast"), """
                (component binary "\\00asm\\0d\\00\\01\\00")
                (assert_malformed (component binary "\\00asm") "unexpected end")
                (assert_invalid (component binary "\\00asm\\0d\\00\\01\\00") "but it is valid")
                """);
    }

    private int run(String... args) {
        return ConformanceMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void reportsCountsFailuresAndEndsWithTheTotal() {
        assertEquals(0, run("--root", root.toString()));
        List<String> lines = outLines();
        assertEquals("2 passed, 1 failed, 0 skipped", lines.get(lines.size() - 1));
        assertTrue(lines.get(0).startsWith("component-model "), lines.get(0));
        assertTrue(lines.contains("  component-model/harness-selftest/t.wast:3  assert_invalid"), lines.toString());
    }

    @Test
    void strictExitsNonZeroOnFailures() {
        assertEquals(1, run("--root", root.toString(), "--strict"));
    }

    @Test
    void listFailuresPrintsOneLinePerFailure() {
        assertEquals(0, run("--root", root.toString(), "--list-failures", "harness-selftest"));
        List<String> lines = outLines();
        assertEquals("component-model/harness-selftest/t.wast:3  assert_invalid  expected: ValidationException"
                + " (\"but it is valid\")  got: decoded and validated", lines.get(0));
        assertEquals("2 passed, 1 failed, 0 skipped", lines.get(lines.size() - 1));
    }

    @Test
    void setupProblemsExitWithTwo() {
        assertEquals(2, run("--root", root.toString(), "no-such-suite"));
        assertEquals(2, run("--root", root.resolve("missing").toString()));
        assertEquals(2, run("--bogus"));
        assertEquals(2, run("--write-baseline", "values"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: run-conformance"));
    }
}
