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
