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

    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    private Path copyOfFsTests(String dir) throws java.io.IOException {
        Path from = SUITE.resolve(dir + "/fs-tests.dir");
        assumeTrue(Files.isDirectory(from), "not present: " + from);
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = tmp.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return tmp;
    }

    @Test
    void dirPreopensAFolderAsGuestRoot() throws Exception {
        Path root = copyOfFsTests("rust");
        var result = CliRunner.run("run", "--dir", root + "::/", suite("rust/file_truncation.wasm"));
        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void readOnlyDirRefusesWrites() throws Exception {
        Path root = copyOfFsTests("rust");
        long before;
        try (var list = Files.list(root)) {
            before = list.count();
        }
        var result = CliRunner.run("run", "--dir-ro", root + "::/", suite("rust/file_truncation.wasm"));
        assertTrue(result.exitCode() != 0, "writing below a read-only preopen must fail: " + result.err());
        try (var list = Files.list(root)) {
            assertEquals(before, list.count(), "nothing created below the read-only preopen");
        }
    }
}
