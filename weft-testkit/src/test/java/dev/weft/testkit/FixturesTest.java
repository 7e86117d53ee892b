package dev.weft.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class FixturesTest {
    /** Component binaries start with the wasm magic and version 0x0d, layer 1. */
    private static final byte[] COMPONENT_PREAMBLE = {0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00};
    private static final byte[] CORE_PREAMBLE = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};

    @Test
    void committedHelloExampleIsAComponent() throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.example("hello.wasm"));
        assertArrayEquals(COMPONENT_PREAMBLE, Arrays.copyOf(bytes, 8));
        assertTrue(bytes.length < 100_000, "examples must stay small");
    }

    /** Completeness guard: every fixture source has a built component with its WIT. */
    @Test
    void everyFixtureSourceWasBuilt() throws IOException {
        List<String> expected = expectedComponentNames();
        assertTrue(expected.size() >= 15, "fixture sources found: " + expected);
        for (String name : expected) {
            byte[] bytes = Fixtures.componentBytes(name);
            assertArrayEquals(COMPONENT_PREAMBLE, Arrays.copyOf(bytes, 8), name + " is not a component");
            assertTrue(Fixtures.wit(name).contains("world "), name + ".wit has no world");
        }
        assertTrue(Fixtures.componentNames().containsAll(expected));
    }

    /**
     * Staleness guard: componentize-js keeps a JS fixture's sources verbatim in the component, so a build from older
     * sources (a stale {@code fixtures/build} or {@code .cache/fixtures} copied from elsewhere) shows up here instead
     * of as a guest trap in some HTTP test.
     */
    @Test
    void jsFixturesWereBuiltFromTheirCurrentSources() throws IOException {
        List<Path> dirs = list(Fixtures.repoRoot().resolve("fixtures/js"), p -> Files.isDirectory(p) ? p.toString()
                : null).stream().map(Path::of).toList();
        assertFalse(dirs.isEmpty());
        for (Path dir : dirs) {
            String name = "js-" + dir.getFileName();
            byte[] component = Fixtures.componentBytes(name);
            for (Path source : list(dir, p -> p.toString().endsWith(".js") ? p.toString() : null).stream()
                    .map(Path::of).toList()) {
                assertTrue(contains(component, Files.readAllBytes(source)), "fixtures/build/" + name
                        + ".wasm was built from other sources than " + Fixtures.repoRoot().relativize(source)
                        + ": run scripts/build-fixtures.sh");
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void cCommandsComeWithTheirCoreModule() throws IOException {
        byte[] core = Files.readAllBytes(Fixtures.fixture("c-hello.core.wasm"));
        assertArrayEquals(CORE_PREAMBLE, Arrays.copyOf(core, 8));
        assertTrue(Fixtures.wit("c-hello").contains("export wasi:cli/run@0.2.12;"), Fixtures.wit("c-hello"));
    }

    @Test
    void exportsShowInTheRecordedWit() {
        assertTrue(Fixtures.wit("example-hello").contains("export greet: func(name: string) -> string;"));
        assertTrue(Fixtures.wit("host-import").contains("import test:host/env;"));
        assertTrue(Fixtures.wit("js-all-types").contains("export test:all-types/api;"));
        assertTrue(Fixtures.wit("js-http-hello").contains("export wasi:http/incoming-handler@0.2.10;"));
    }

    @Test
    void missingFixtureFailsWithTheBuildHint() {
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> Fixtures.component("no-such-fixture"));
        assertTrue(error.getMessage().contains("fixtures/build/no-such-fixture.wasm"), error.getMessage());
        assertTrue(error.getMessage().contains("run scripts/build-fixtures.sh"), error.getMessage());
    }

    @Test
    void repoRootHoldsTheFixtureSources() {
        Path root = Fixtures.repoRoot();
        assertTrue(Files.isRegularFile(root.resolve("fixtures/package.json")), root.toString());
        assertTrue(Files.isRegularFile(Fixtures.source("c/cabi_realloc.c")));
    }

    @Test
    void commandCasesCarryJcoResults() {
        List<CommandCase> cases = Fixtures.commandCases();
        CommandCase hello = find(cases, "hello");
        assertEquals("Hello from C on WASI!\n", hello.expectedStdout());
        assertEquals(0, hello.expectedExit());
        CommandCase exit = find(cases, "exit-code");
        assertEquals(List.of("7"), exit.args());
        assertEquals("exiting with 7\n", exit.expectedStdout());
        assertEquals(1, exit.expectedExit(), "WASI 0.2 exit(err) reaches jco as status 1");
        assertEquals("this line goes to stderr\n", exit.expectedStderr().orElseThrow());
        CommandCase files = find(cases, "files");
        assertTrue(Files.isRegularFile(files.preopens().get("/sandbox").resolve("input.txt")));
        assertEquals("hi there", find(cases, "args-env").env().get("GREETING"));
        for (CommandCase c : cases) {
            assertTrue(Files.isRegularFile(c.component()), c.name());
        }
    }

    private static CommandCase find(List<CommandCase> cases, String name) {
        return cases.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionFailedError("no case " + name + " in " + cases));
    }

    private static List<String> expectedComponentNames() throws IOException {
        Path fixtures = Fixtures.repoRoot().resolve("fixtures");
        List<String> names = new ArrayList<>();
        names.addAll(list(fixtures.resolve("wat"), p -> p.toString().endsWith(".wat") ? strip(p, ".wat") : null));
        names.addAll(list(fixtures.resolve("wat"), p -> Files.isDirectory(p) ? p.getFileName().toString() : null));
        names.addAll(list(fixtures.resolve("c"), p -> p.toString().endsWith(".c")
                && !p.getFileName().toString().equals("cabi_realloc.c") ? "c-" + strip(p, ".c") : null));
        names.addAll(list(fixtures.resolve("js"), p -> Files.isDirectory(p) ? "js-" + p.getFileName() : null));
        names.addAll(list(Fixtures.repoRoot().resolve("examples"),
                p -> p.toString().endsWith(".wat") ? "example-" + strip(p, ".wat") : null));
        assertFalse(names.isEmpty());
        return names;
    }

    private static String strip(Path p, String suffix) {
        String n = p.getFileName().toString();
        return n.substring(0, n.length() - suffix.length());
    }

    private static List<String> list(Path dir, java.util.function.Function<Path, String> naming) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(naming).filter(java.util.Objects::nonNull).sorted().toList();
        }
    }
}
