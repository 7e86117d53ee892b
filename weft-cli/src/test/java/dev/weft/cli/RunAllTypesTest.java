package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.testkit.JcoReference;
import dev.weft.testkit.Fixtures;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code weft run --trap-unknown-imports --invoke} on the componentize-js all-types component: the WAVE the CLI
 * prints must be the text jco's reference printed for the same call ({@code js-all-types.reference.json}).
 */
class RunAllTypesTest {
    /** Exports that do not reach the host import, over strings, chars, records, variants, flags, lists, results. */
    static final Set<String> FUNCTIONS = Set.of("reverse-string", "next-char", "scale-point", "morph", "toggle",
            "split", "safe-div", "rotate", "color-counts", "maybe-double");

    @TestFactory
    Stream<DynamicTest> invokePrintsWhatJcoReturned() {
        var wasm = Fixtures.buildDir().resolve("js-all-types.wasm");
        Assumptions.assumeTrue(Files.isRegularFile(wasm) || !nodeMissing(),
                "js-all-types is not built and node is missing");
        String file = Fixtures.component("js-all-types").toString();
        // the last reference call of each chosen function (each CLI run loads the component afresh)
        var byFunction = new java.util.LinkedHashMap<String, JcoReference.Call>();
        JcoReference.load("js-all-types").calls().stream()
                .filter(c -> FUNCTIONS.contains(c.function()) && c.result().isPresent())
                .forEach(c -> byFunction.put(c.function(), c));
        var calls = byFunction.values();
        assertEquals(FUNCTIONS.size(), calls.size(), "reference calls found: " + byFunction.keySet());
        return calls.stream().map(call -> {
            String invoke = "test:all-types/api." + call.function() + "(" + String.join(", ", call.args()) + ")";
            return DynamicTest.dynamicTest(invoke, () -> {
                var result = CliRunner.run("run", "--trap-unknown-imports", "--invoke", invoke, file);
                assertEquals(0, result.exitCode(), result.err());
                assertEquals(call.result().orElseThrow(), result.out().strip());
            });
        });
    }

    private static boolean nodeMissing() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() != 0;
        } catch (Exception e) {
            return true;
        }
    }
}
