package dev.weft.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.conformance.run.CaseResult;
import dev.weft.conformance.run.Outcome;
import dev.weft.conformance.wast.DirectiveKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPrinterTest {

    private static CaseResult result(String script, int line, Outcome outcome) {
        return new CaseResult(script + ":" + line, script, line, DirectiveKind.ASSERT_INVALID, outcome);
    }

    @Test
    void countsPerSuiteFolderAndFileThenFailuresThenTotal() {
        List<CaseResult> results = List.of(
                result("cm/values/a.wast", 1, Outcome.passed()),
                result("cm/values/a.wast", 2, new Outcome.Failed("ValidationException (\"m\")", "decoded and validated")),
                result("cm/binary/b.wast", 3, new Outcome.Skipped("later")),
                result("wt/top.wast", 4, Outcome.passed()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ReportPrinter printer = new ReportPrinter(out);
        printer.printCounts(results);
        printer.printSkipReasons(results);
        printer.printFailures(results);
        printer.printTotal(results);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertTrue(lines.get(0).matches("cm +1 passed, 1 failed, 1 skipped"), lines.get(0));
        assertTrue(lines.contains(line("  cm/binary/", "0 passed, 0 failed, 1 skipped")), lines.toString());
        assertTrue(lines.contains(line("    cm/binary/b.wast", "0 passed, 0 failed, 1 skipped")), lines.toString());
        assertTrue(lines.contains(line("    cm/values/a.wast", "1 passed, 1 failed, 0 skipped")), lines.toString());
        assertTrue(lines.contains(line("wt", "1 passed, 0 failed, 0 skipped")), lines.toString());
        assertTrue(lines.contains(line("  wt/top.wast", "1 passed, 0 failed, 0 skipped")), lines.toString());
        assertTrue(lines.contains("       1  later"), lines.toString());
        int failure = lines.indexOf("  cm/values/a.wast:2  assert_invalid");
        assertTrue(failure > 0, lines.toString());
        assertEquals("      expected: ValidationException (\"m\")", lines.get(failure + 1));
        assertEquals("      got:      decoded and validated", lines.get(failure + 2));
        assertEquals("2 passed, 1 failed, 1 skipped", lines.get(lines.size() - 1));
    }

    private static String line(String label, String counts) {
        return label + " ".repeat(72 - label.length()) + counts;
    }
}
