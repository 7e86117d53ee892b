package dev.weft.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.conformance.wast.DirectiveKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static CaseResult result(String script, int line, Outcome outcome) {
        return new CaseResult(script + ":" + line, script, line, DirectiveKind.COMPONENT, outcome);
    }

    @Test
    void writesPassesSortedAndReadsThemBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/baseline.txt");
        Baseline.write(file, List.of(result("s/b.wast", 2, Outcome.passed()),
                result("s/a.wast", 9, Outcome.passed()),
                result("s/a.wast", 3, new Outcome.Skipped("later")),
                result("s/a.wast", 4, new Outcome.Failed("x", "y"))));
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("#"));
        assertEquals(List.of("s/a.wast:9", "s/b.wast:2"), lines.stream().filter(l -> !l.startsWith("#")).toList());
        Baseline baseline = Baseline.read(file);
        assertTrue(baseline.expectsPass("s/a.wast:9"));
        assertEquals(2, baseline.passing().size());
    }

    @Test
    void regressionsAreBaselineCasesOfRunScriptsThatNoLongerPass() {
        Baseline baseline = Baseline.parse(List.of("# comment", "s/a.wast:1", "s/a.wast:2", "s/a.wast:3",
                "s/other.wast:1"));
        List<String> regressions = baseline.regressions(List.of(
                result("s/a.wast", 1, Outcome.passed()),
                result("s/a.wast", 2, new Outcome.Failed("x", "y"))));
        // :2 fails now, :3 vanished; s/other.wast was not run, so it is not judged
        assertEquals(List.of("s/a.wast:2", "s/a.wast:3"), regressions);
    }

    @Test
    void missingFileIsAnEmptyBaseline(@TempDir Path dir) throws Exception {
        assertTrue(Baseline.read(dir.resolve("none.txt")).passing().isEmpty());
    }
}
