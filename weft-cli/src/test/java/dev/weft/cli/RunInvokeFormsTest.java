package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The name forms and printing of {@code weft run --invoke}, as {@code wasmtime run --invoke} (src/commands/run.rs
 * {@code search_component_funcs} and wasm-wave's {@code DisplayFuncResults}): {@code f()}, {@code iface.f()},
 * {@code ns:pkg/iface.f@ver()} with semver-compatible lookup, an ambiguous bare name, {@code ()} for no result,
 * and a canonical ABI trap as one line with exit status 1.
 */
class RunInvokeFormsTest {
    private static String fixture(String name) {
        return CliRunner.repoRoot().resolve("fixtures/build/" + name + ".wasm").toString();
    }

    private static CliRunner.Result invoke(String call, String fixture) {
        return CliRunner.run("run", "--trap-unknown-imports", "--invoke", call, fixture(fixture));
    }

    @Test
    void functionWithoutResultPrintsUnit() {
        var result = invoke("nothing()", "abi-traps");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("()\n", result.out());
    }

    @Test
    void resultsPrintInWave() {
        assertEquals("true", invoke("bool-two()", "abi-traps").out().strip());
        assertEquals("nan", invoke("nan32()", "abi-traps").out().strip());
        assertEquals("\"hi\"", invoke("hi-counted()", "abi-traps").out().strip());
    }

    @Test
    void aCanonicalAbiTrapIsOneLine() {
        var result = invoke("surrogate()", "abi-traps");
        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().startsWith("weft: error: guest trapped in `surrogate`: "), result.err());
        assertTrue(result.err().contains("char value 0xd800 is a surrogate"), result.err());
    }

    @Test
    void qualifiedNamesFindSemverCompatibleExports() {
        // the export is a:b/api@0.1.3; its function calls the import, which --trap-unknown-imports made trap
        for (String call : new String[] {"a:b/api.value@0.1.3()", "a:b/api.value@0.1.0()", "plain.value()"}) {
            var result = invoke(call, "semver");
            assertEquals(1, result.exitCode(), call);
            assertTrue(result.err().contains("unknown import `a:b/old@0.2.0#value`"), call + ": " + result.err());
        }
        var wrongTrack = invoke("a:b/api.value@0.2.0()", "semver");
        assertEquals(1, wrongTrack.exitCode());
        assertTrue(wrongTrack.err().contains("no exported function `a:b/api.value@0.2.0`"), wrongTrack.err());
    }

    @Test
    void bareNameInSeveralInstancesIsAnError() {
        var result = invoke("value()", "semver");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("more than one exported instance has a function `value`"), result.err());
        assertTrue(result.err().contains("`plain.value`"), result.err());
    }
}
