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

    private static String limits() {
        return CliRunner.repoRoot().resolve("fixtures/build/limits.wasm").toString();
    }

    @Test
    void timeoutStopsAnEndlessLoop() {
        var result = CliRunner.run("run", "--timeout", "200ms", "--invoke", "spin()", limits());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("deadline exceeded"), result.err());
    }

    @Test
    void fuelStopsALongLoopAndEnoughFuelDoesNot() {
        var result = CliRunner.run("run", "--fuel", "1000", "--invoke", "count(1000000)", limits());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("fuel exhausted"), result.err());
        // count(n) costs 5 + 10 * (n + 1) fuel
        var enough = CliRunner.run("run", "--fuel", "115", "--invoke", "count(10)", limits());
        assertEquals(0, enough.exitCode(), enough.err());
        assertEquals("10", enough.out().strip());
        assertEquals(1, CliRunner.run("run", "--fuel", "114", "--invoke", "count(10)", limits()).exitCode());
    }

    @Test
    void maxMemoryMakesGrowFail() {
        var result = CliRunner.run("run", "--max-memory", "131072", "--invoke", "grow(1)", limits());
        assertEquals("1", result.out().strip(), result.err());
        var refused = CliRunner.run("run", "--max-memory", "131072", "--invoke", "grow(2)", limits());
        assertEquals("-1", refused.out().strip(), refused.err());
        var bad = CliRunner.run("run", "--timeout", "soon", "--invoke", "spin()", limits());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("--timeout soon"), bad.err());
    }
}
