package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    @Test
    void inspectsTheBundledExample() {
        var result = CliRunner.run("inspect", CliRunner.repoRoot().resolve("examples/hello.wasm").toString());
        assertEquals(0, result.exitCode(), result.err());
        // examples/hello.wat exports `greet: func(name: string) -> string` lifted with memory/realloc/post-return
        assertTrue(result.out().contains(": component, "), result.out());
        assertTrue(result.out().contains("  greet: func(name: string) -> string"), result.out());
        assertTrue(result.out().contains("canon lift core func 0 as type 0 [memory 0, realloc 1, post-return 2]"),
                result.out());
        assertTrue(result.out().contains("core module 0:"), result.out());
    }

    @Test
    void compileShowsWhereEachModulesCodeCameFrom() {
        var result = CliRunner.run("inspect", "--compile",
                CliRunner.repoRoot().resolve("examples/hello.wasm").toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("\ncompiled code (1 core module):\n"), result.out());
        assertTrue(result.out().lines().anyMatch(line -> line.matches("  module 0 sha256:[0-9a-f]{12}: "
                + "(compiled to JVM bytecode|loaded from the disk cache) in \\d+ ms; all functions compiled")),
                result.out());
    }

    @Test
    void compiledModulesAreOneLineEach() {
        var out = new java.io.ByteArrayOutputStream();
        InspectCommand.printCompiled(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                java.util.List.of(new dev.weft.runtime.CompiledModule(0, "0123456789abcdef",
                                dev.weft.runtime.CompiledModule.Source.COMPILED, java.time.Duration.ofMillis(1234),
                                java.util.List.of()),
                        new dev.weft.runtime.CompiledModule(1, "fedcba9876543210",
                                dev.weft.runtime.CompiledModule.Source.DISK_CACHE, java.time.Duration.ofMillis(35),
                                java.util.List.of("func 5179 (83827 bytes)", "big (func 6207, 72708 bytes)"))));
        assertEquals("""

                compiled code (2 core modules):
                  module 0 sha256:0123456789ab: compiled to JVM bytecode in 1234 ms; all functions compiled
                  module 1 sha256:fedcba987654: loaded from the disk cache in 35 ms; 2 function(s) too large for \
                a JVM method run in the interpreter: func 5179 (83827 bytes), big (func 6207, 72708 bytes)
                """, out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void compileRefusesACoreModule(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.wasm");
        Files.write(file, new byte[] {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00});
        var result = CliRunner.run("inspect", "--compile", file.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("--compile needs a component, this is a core module"), result.err());
    }

    @Test
    void inspectsACoreModule(@TempDir Path dir) throws IOException {
        // (module (func (export "f") (param i32) (result i32) local.get 0))
        byte[] module = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
            0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f,
            0x03, 0x02, 0x01, 0x00,
            0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x00,
            0x0a, 0x06, 0x01, 0x04, 0x00, 0x20, 0x00, 0x0b};
        Path file = Files.write(dir.resolve("m.wasm"), module);
        var result = CliRunner.run("inspect", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("core module (layer 0)"), result.out());
        assertTrue(result.out().contains("f: func (i32) -> (i32)"), result.out());
    }

    @Test
    void missingFileIsOneLineError() {
        var result = CliRunner.run("inspect", "no/such/file.wasm");
        assertEquals(1, result.exitCode());
        assertEquals("weft: error: no/such/file.wasm: no such file", result.err().strip());
    }

    @Test
    void malformedBinaryNamesTheOffset(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("bad.wasm"), new byte[] {0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00,
            0x07, 0x05});
        var result = CliRunner.run("inspect", file.toString());
        assertEquals(1, result.exitCode());
        String err = result.err().strip();
        assertTrue(err.startsWith("weft: error: " + file + ": malformed binary: "), err);
        assertTrue(err.contains("offset 0x"), err);
        assertFalse(err.contains("\n"), "one line: " + err);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"inspect", "run", "wit"}) {
            var result = CliRunner.run(command, "--help");
            assertEquals(0, result.exitCode(), command);
            assertTrue(result.out().contains("Usage: weft " + command), result.out());
        }
    }
}
