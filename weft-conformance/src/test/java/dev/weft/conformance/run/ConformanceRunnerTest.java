package dev.weft.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.conformance.wast.DirectiveKind;
import dev.weft.value.StringVal;
import dev.weft.value.U32Val;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceRunnerTest {
    @TempDir
    Path root;

    private final Fakes.Converter converter = new Fakes.Converter();

    private ScriptFile script(String id, String source) throws IOException {
        Path path = root.resolve(id);
        Files.createDirectories(path.getParent());
        Files.writeString(path, source);
        return new ScriptFile(id, path);
    }

    private List<CaseResult> run(Optional<ScriptExecutor> executor, ScriptFile... files) throws Exception {
        return new ConformanceRunner(new Fakes.Checker(), converter, new SkipPolicy(Set.of(), false), executor)
                .run(List.of(files));
    }

    private static Outcome outcome(List<CaseResult> results, int line) {
        return results.stream().filter(r -> r.line() == line).findFirst().orElseThrow().outcome();
    }

    @Test
    void assertInvalidWantsAValidationException() throws Exception {
        List<CaseResult> results = run(Optional.empty(), script("s/v.wast", """
                (assert_invalid (component INVALID) "m1")
                (assert_invalid (component MALFORMED) "m2")
                (assert_invalid (component) "m3")
                (assert_invalid (component REJECT) "m4")
                (assert_invalid (component CRASH) "m5")
                """));
        assertEquals(Outcome.Status.PASSED, outcome(results, 1).status());
        Outcome.Failed decodeInstead = assertInstanceOf(Outcome.Failed.class, outcome(results, 2));
        assertEquals("ValidationException (\"m2\")", decodeInstead.expected());
        assertTrue(decodeInstead.got().startsWith("DecodeException: malformed thing"), decodeInstead.got());
        assertEquals("decoded and validated", assertInstanceOf(Outcome.Failed.class, outcome(results, 3)).got());
        assertTrue(assertInstanceOf(Outcome.Skipped.class, outcome(results, 4)).reason().contains("parser says no"));
        assertTrue(assertInstanceOf(Outcome.Failed.class, outcome(results, 5)).got()
                .startsWith("crash: NullPointerException: oops"));
    }

    @Test
    void passesNoteWhenWeftWordsTheErrorDifferently() throws Exception {
        List<CaseResult> results = run(Optional.empty(), script("s/w.wast", """
                (assert_invalid (component INVALID) "invalid thing")
                (assert_invalid (component INVALID) "type mismatch")
                """));
        assertEquals(Outcome.passed(), outcome(results, 1));
        Outcome.Passed noted = assertInstanceOf(Outcome.Passed.class, outcome(results, 2));
        assertEquals(Optional.of("script says \"type mismatch\", Weft says \"invalid thing (at offset 0x3)\""),
                noted.messageMismatch());
    }

    @Test
    void assertMalformedWantsADecodeException() throws Exception {
        List<CaseResult> results = run(Optional.empty(), script("s/m.wast", """
                (assert_malformed (component binary "MALFORMED") "m1")
                (assert_malformed (component binary "INVALID") "m2")
                (assert_malformed (component quote "REJECT") "m3")
                (assert_malformed (component quote "MALFORMED") "m4")
                (assert_malformed (component binary "fine") "m5")
                """));
        assertEquals(Outcome.Status.PASSED, outcome(results, 1).status());
        assertTrue(assertInstanceOf(Outcome.Failed.class, outcome(results, 2)).got().startsWith("ValidationException"));
        assertEquals(ValidationChecks.TEXT_MALFORMATION,
                assertInstanceOf(Outcome.Skipped.class, outcome(results, 3)).reason());
        assertEquals(Outcome.Status.PASSED, outcome(results, 4).status());
        assertEquals("decoded and validated", assertInstanceOf(Outcome.Failed.class, outcome(results, 5)).got());
    }

    @Test
    void componentFormsMustValidateAndRuntimeDirectivesWaitForAnExecutor() throws Exception {
        List<CaseResult> results = run(Optional.empty(), script("s/c.wast", """
                (component $ok)
                (component definition $bad INVALID)
                (component instance $i $ok)
                (assert_return (invoke "f") (u32.const 1))
                (assert_trap (invoke "f") "x")
                (assert_unlinkable (component) "x")
                (register "r")
                (module)
                """));
        assertEquals(Outcome.Status.PASSED, outcome(results, 1).status());
        assertEquals("decodes and validates", assertInstanceOf(Outcome.Failed.class, outcome(results, 2)).expected());
        for (int line = 3; line <= 7; line++) {
            assertTrue(assertInstanceOf(Outcome.Skipped.class, outcome(results, line)).reason()
                    .contains("needs the runtime"), "line " + line);
        }
        assertTrue(assertInstanceOf(Outcome.Skipped.class, outcome(results, 8)).reason().contains("core module"));
    }

    @Test
    void executorRunsRuntimeDirectivesInOrder() throws Exception {
        Fakes.Executor executor = new Fakes.Executor();
        executor.results = List.of(new StringVal("hi"));
        List<CaseResult> results = run(Optional.of(executor), script("s/e.wast", """
                (component definition $D)
                (component instance $i $D)
                (component $C)
                (register "r" $i)
                (assert_return (invoke "f" (u32.const 7)) (str.const "hi"))
                (assert_return (invoke "f") (str.const "other"))
                (assert_trap (invoke "trap") "boom")
                (assert_trap (invoke "f") "boom")
                (assert_return (invoke "unsupported"))
                (assert_unlinkable (component UNLINKABLE) "missing")
                (assert_trap (component START_TRAPS) "unreachable")
                (invoke "trap")
                """));
        for (int line : new int[] {1, 2, 3, 4, 5, 7, 10, 11}) {
            assertEquals(Outcome.Status.PASSED, outcome(results, line).status(), "line " + line);
        }
        Outcome.Failed wrongValue = assertInstanceOf(Outcome.Failed.class, outcome(results, 6));
        assertEquals("returned (str.const \"hi\")", wrongValue.got());
        assertEquals("returns (str.const \"other\")", wrongValue.expected());
        assertTrue(assertInstanceOf(Outcome.Failed.class, outcome(results, 8)).got().startsWith("returned"));
        assertEquals("cannot call that yet", assertInstanceOf(Outcome.Skipped.class, outcome(results, 9)).reason());
        assertTrue(assertInstanceOf(Outcome.Failed.class, outcome(results, 12)).got().startsWith("Trap: boom"));
        assertEquals(List.of("open s/e.wast", "define $D", "instance $i $D", "instantiate $C", "register r",
                "invoke f [" + new U32Val(7) + "]", "invoke f []", "invoke trap []", "invoke f []",
                "invoke unsupported []", "instantiate -", "instantiate -", "invoke trap []", "close"), executor.log);
    }

    @Test
    void skippedScriptsReportEveryDirectiveWithTheReason() throws Exception {
        List<CaseResult> results = run(Optional.empty(),
                script("component-model/async/a.wast",
                        ";;! component_model_threading = true\n(component)\n(assert_invalid (component INVALID) \"m\")"),
                script("w/f.wast", ";;! gc = true\n(component)"));
        assertEquals(3, results.size());
        for (CaseResult result : results) {
            assertEquals(Outcome.Status.SKIPPED, result.status(), result.id());
        }
        assertTrue(((Outcome.Skipped) results.get(2).outcome()).reason().contains("gc"));
        assertTrue(converter.batches.stream().allMatch(List.class::isInstance)
                && converter.batches.stream().mapToInt(b -> b.size()).sum() == 0,
                "skipped scripts' forms are not converted");
    }

    @Test
    void wasmtimeRestrictionsAreSkippedOnlyInWasmtimesSuite() throws Exception {
        String source = "(assert_invalid (component) \"root-level component imports are not supported\")";
        List<CaseResult> results = run(Optional.empty(), script("wasmtime-component-model/r.wast", source),
                script("component-model/r.wast", source));
        assertEquals("wasmtime-component-model/r.wast", results.get(0).script());
        assertTrue(assertInstanceOf(Outcome.Skipped.class, results.get(0).outcome()).reason()
                .contains("Wasmtime implementation restriction"));
        assertInstanceOf(Outcome.Failed.class, results.get(1).outcome());
    }

    @Test
    void allTextsOfARunAreConvertedInOneBatch() throws Exception {
        run(Optional.empty(), script("s/a.wast", "(component $a)\n(assert_invalid (component INVALID) \"m\")"),
                script("s/b.wast", "(component $b)\n(component binary \"\\00asm\")"));
        assertEquals(1, converter.batches.size());
        assertEquals(List.of("(component $a)", "(component INVALID)", "(component $b)"),
                new ArrayList<>(converter.batches.get(0)));
    }

    @Test
    void caseIdsAreScriptAndLineWithASuffixForRepeats() throws Exception {
        List<CaseResult> results = run(Optional.empty(), script("s/ids.wast", "(component) (component)\n(component)"));
        assertEquals(List.of("s/ids.wast:1", "s/ids.wast:1#2", "s/ids.wast:2"),
                results.stream().map(CaseResult::id).toList());
        assertEquals(DirectiveKind.COMPONENT, results.get(0).kind());
    }

    @Test
    void unreadableDirectivesAndScriptsAreHarnessFailures() throws Exception {
        List<CaseResult> results = run(Optional.empty(),
                script("s/bad.wast", "(assert_return (invoke \"f\" (u8.const 999)))"),
                script("s/broken.wast", "(component\n"));
        assertTrue(assertInstanceOf(Outcome.Failed.class, results.get(0).outcome()).got().startsWith("harness:"));
        assertTrue(results.stream().anyMatch(r -> r.script().equals("s/broken.wast")
                && r.outcome() instanceof Outcome.Failed f && f.expected().equals("a readable script")));
    }
}
