package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `weft run FILE` runs `wasi:cli/run` with WASI 0.2 (components from the shared wasi-testsuite). */
class RunWasiCommandTest {
    private static final Path SUITE = Path.of("/work/shared/conformance/wasi-testsuite-p2");

    private static String suite(String name) {
        Path p = SUITE.resolve(name);
        assumeTrue(Files.exists(p), "not present: " + p);
        return p.toString();
    }

    @Test
    void stdoutStreamsThrough() {
        var result = CliRunner.run("run", suite("assemblyscript/fd_write-to-stdout.wasm"));
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("hello", result.out());
    }

    @Test
    void exitWithErrorBecomesExitCodeOne() {
        // proc_exit(33) reaches the host as wasi:cli/exit.exit(err): status 1 (see INVALID.txt)
        var result = CliRunner.run("run", suite("assemblyscript/proc_exit-failure.wasm"));
        assertEquals(1, result.exitCode(), result.err());
        assertEquals("", result.err());
    }

    @Test
    void argumentsReachTheGuest() {
        var result = CliRunner.run("run", "--argv0", "prog", suite("assemblyscript/args_sizes_get-multiple-arguments.wasm"),
                "first", "the \"second\" arg", "3");
        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void missingDirIsAnError() {
        var result = CliRunner.run("run", "--dir", "/no/such/folder::/", suite("c/clock_getres-monotonic.wasm"));
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("is not a folder"), result.err());
    }
}
