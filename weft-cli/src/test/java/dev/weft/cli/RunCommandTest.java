package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunCommandTest {
    private static String hello() {
        return CliRunner.repoRoot().resolve("examples/hello.wasm").toString();
    }

    @Test
    void invokePrintsTheResultInWave() {
        var result = CliRunner.run("run", "--invoke", "greet(\"wave \\\"quoted\\\"\")", hello());
        assertEquals(0, result.exitCode(), result.err());
        // WAVE prints strings with escapes, as `wasmtime run --invoke` does
        assertEquals("\"Hello, wave \\\"quoted\\\"!\"", result.out().strip());
    }

    @Test
    void badArgumentTypeIsOneLineErrorWithColumn() {
        var result = CliRunner.run("run", "--invoke", "greet(1)", hello());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("weft: error: --invoke: "), result.err());
        assertTrue(result.err().contains("column 7"), result.err());
    }

    @Test
    void unknownExportListsTheExports() {
        var result = CliRunner.run("run", "--invoke", "nope()", hello());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("no exported function `nope`; exports: greet"), result.err());
    }
}
