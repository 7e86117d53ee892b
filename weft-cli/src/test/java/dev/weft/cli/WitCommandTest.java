package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitCommandTest {

    /** The reference: jco's bundled wasm-tools (`jco wit`), installed by scripts/install-toolchains.sh. */
    private static String jcoWit(Path wasm) throws IOException, InterruptedException {
        Path jco = CliRunner.repoRoot().resolve("fixtures/node_modules/.bin/jco");
        assertTrue(Files.isExecutable(jco), "jco missing: run scripts/install-toolchains.sh");
        Process p = new ProcessBuilder(jco.toString(), "wit", wasm.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static String normalize(String wit) {
        return wit.lines().map(String::stripTrailing).filter(l -> !l.isBlank()).collect(Collectors.joining("\n"));
    }

    @Test
    void componentWorldAgreesWithJco() throws Exception {
        Path hello = CliRunner.repoRoot().resolve("examples/hello.wasm");
        var result = CliRunner.run("wit", hello.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(normalize(jcoWit(hello)), normalize(result.out()));
    }

    @Test
    void witDirectoryIsResolvedAndPrinted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.wit"), """
                package demo:app@1.0.0;
                interface log { write: func(msg: string); }
                world plugin { import log; export run: func() -> result<u32, string>; }
                """);
        var result = CliRunner.run("wit", dir.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("package demo:app@1.0.0;"), result.out());
        assertTrue(result.out().contains("write: func(msg: string);"), result.out());
        assertTrue(result.out().contains("export run: func() -> result<u32, string>;"), result.out());
    }

    @Test
    void witErrorNamesLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.wit"), "package demo:app;\ninterface x {\n  f: func() -> nope;\n}\n");
        var result = CliRunner.run("wit", dir.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("3:"), result.err());
        assertTrue(result.err().contains("nope"), result.err());
    }
}
