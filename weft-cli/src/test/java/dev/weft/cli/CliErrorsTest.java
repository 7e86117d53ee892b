package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors for people: every bad input gives ONE line on stderr that says what is wrong, where, and (where there is
 * something to do) what to do; no Java stack trace; nothing on stdout; a non-zero exit code.
 */
class CliErrorsTest {
    @TempDir
    static Path tmp;

    /** {@code (module (func (export "f") (param i32) (result i32) local.get 0))} */
    static final byte[] CORE_MODULE = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f,
        0x03, 0x02, 0x01, 0x00,
        0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x00,
        0x0a, 0x06, 0x01, 0x04, 0x00, 0x20, 0x00, 0x0b};

    /**
     * One bad input.
     *
     * @param name     what is wrong
     * @param args     the command line; {@code {tmp}}, {@code {hello}} and {@code {fixtures}} are replaced
     * @param expected fragments the one line must contain, in order
     */
    record Case(String name, List<String> args, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, String args, String... expected) {
        return new Case(name, Arrays.asList(args.split(" ")), List.of(expected));
    }

    @BeforeAll
    static void files() throws IOException {
        Files.write(tmp.resolve("empty.wasm"), new byte[0]);
        byte[] hello = Files.readAllBytes(CliRunner.repoRoot().resolve("examples/hello.wasm"));
        Files.write(tmp.resolve("truncated.wasm"), Arrays.copyOf(hello, hello.length / 2));
        Files.writeString(tmp.resolve("notes.txt"), "these are not the bytes you are looking for\n");
        Files.write(tmp.resolve("core.wasm"), CORE_MODULE);
        Files.writeString(tmp.resolve("bad.wit"), "package a:b;\ninterface i {\n  f: func() -> nope;\n}\n");
        Files.createDirectories(tmp.resolve("folder.wasm"));
    }

    static Stream<Case> cases() {
        return Stream.of(
                c("missing file", "run {tmp}/no-such.wasm", "{tmp}/no-such.wasm", "no such file"),
                c("empty file", "run {tmp}/empty.wasm", "{tmp}/empty.wasm", "empty", "WebAssembly component"),
                c("truncated file", "run {tmp}/truncated.wasm", "{tmp}/truncated.wasm", "malformed binary", "offset 0x"),
                c("truncated file to inspect", "inspect {tmp}/truncated.wasm", "{tmp}/truncated.wasm",
                        "malformed binary", "offset 0x"),
                c("not wasm at all", "inspect {tmp}/notes.txt", "{tmp}/notes.txt", "not a WebAssembly file"),
                c("core module given to run", "run {tmp}/core.wasm", "{tmp}/core.wasm", "core module",
                        "not a component", "jco new"),
                c("a directory", "run {tmp}/folder.wasm", "{tmp}/folder.wasm", "is a directory"),
                c("wit on a missing path", "wit {tmp}/nothing.wit", "{tmp}/nothing.wit", "no such file"),
                c("wit with an unknown type", "wit {tmp}/bad.wit", "bad.wit:3:", "nope"),
                c("run without wasi:cli/run", "run {hello}", "{hello}", "wasi:cli/run", "--invoke", "greet"),
                c("missing import", "run --invoke run(1) {fixtures}/host-import.wasm", "link error",
                        "test:host/env", "--trap-unknown-imports"),
                c("unknown flag", "run --frobnicate {hello}", "--frobnicate", "weft run --help"),
                c("unknown subcommand", "serveit {hello}", "serveit", "weft --help"),
                c("missing FILE", "run", "FILE", "weft run --help"),
                c("flag without its value", "run {hello} --invoke", "--invoke", "weft run --help"),
                c("bad --invoke WAVE", "run --invoke greet(\"unterminated) {hello}", "--invoke", "column"),
                c("--invoke without a call", "run --invoke greet {hello}", "--invoke", "("),
                c("unknown export", "run --invoke nope() {hello}", "nope", "exports: greet"),
                c("wrong argument type", "run --invoke greet(1) {hello}", "--invoke", "expected string", "column 7"),
                c("too many arguments", "run --invoke greet(\"a\",\"b\") {hello}", "--invoke", "parameter"),
                c("missing argument", "run --invoke greet() {hello}", "--invoke", "name"),
                c("guest trap", "run --trap-unknown-imports --invoke run(1) {fixtures}/host-import.wasm",
                        "guest trapped in `run`", "test:host/env#log"),
                c("guest divides by zero", "run --invoke divide(7,0) {fixtures}/trap.wasm",
                        "guest trapped in `divide`", "divide by zero"),
                c("guest hits unreachable", "run --invoke boom() {fixtures}/trap.wasm", "guest trapped in `boom`",
                        "unreachable"),
                c("bad --timeout", "run --timeout soon --invoke greet(\"a\") {hello}", "--timeout soon",
                        "positive duration"),
                c("negative --fuel", "run --fuel -5 --invoke greet(\"a\") {hello}", "--fuel", "negative"),
                c("--fuel that is not a number", "run --fuel lots {hello}", "--fuel", "lots", "weft run --help"),
                c("--max-running 0", "serve --max-running 0 {hello}", "--max-running 0", "at least 1"),
                c("--max-running over --max-concurrency", "serve --max-concurrency 4 --max-running 5 {hello}",
                        "--max-running 5", "at most --max-concurrency (4)"),
                c("--dir that is not a folder", "run --dir {tmp}/nope::/x --invoke greet(\"a\") {hello}", "--dir",
                        "not a folder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneClearLineAndNonZeroExit(Case c) {
        Function<String, String> fill = s -> s.replace("{tmp}", tmp.toString())
                .replace("{hello}", CliRunner.repoRoot().resolve("examples/hello.wasm").toString())
                .replace("{fixtures}", CliRunner.repoRoot().resolve("fixtures/build").toString());
        if (c.args().stream().anyMatch(a -> a.contains("{fixtures}"))
                && !Files.isDirectory(CliRunner.repoRoot().resolve("fixtures/build"))) {
            throw new UncheckedIOException(new IOException("fixtures/build is missing: run scripts/build-fixtures.sh"));
        }
        var result = CliRunner.run(c.args().stream().map(fill).toArray(String[]::new));
        String err = result.err();
        assertNotEquals(0, result.exitCode(), c.name() + ": exit code; stderr: " + err);
        assertEquals("", result.out(), c.name() + ": nothing on stdout");
        assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1,
                c.name() + ": exactly one line on stderr, got:\n" + err);
        assertTrue(err.startsWith("weft: error: "), c.name() + ": " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("java."),
                c.name() + ": no Java internals: " + err);
        int from = 0;
        for (String fragment : c.expected()) {
            int at = err.indexOf(fill.apply(fragment), from);
            assertTrue(at >= 0, c.name() + ": expected `" + fill.apply(fragment) + "` (in order) in: " + err);
            from = at;
        }
    }
}
