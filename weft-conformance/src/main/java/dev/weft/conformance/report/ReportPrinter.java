package dev.weft.conformance.report;

import dev.weft.conformance.run.CaseResult;
import dev.weft.conformance.run.Outcome;
import dev.weft.conformance.wast.DirectiveKind;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a run: counts per suite, per folder and per file; the skip reasons with their counts; the failures
 * (file:line, directive, expected vs got); and, last, the overall count line.
 */
public final class ReportPrinter {
    private static final int COLUMN = 72;
    private static final List<String> GROUPED_REASONS = List.of(
            "jco's text parser rejects this form", "text parser rejects the form",
            "text-format malformation: Weft reads binaries only");

    private final PrintStream out;

    public ReportPrinter(PrintStream out) {
        this.out = out;
    }

    public void printCounts(List<CaseResult> results) {
        Map<String, List<CaseResult>> bySuite = group(results, r -> r.script().substring(0, r.script().indexOf('/')));
        bySuite.forEach((suite, suiteResults) -> {
            line(0, suite, Tally.of(suiteResults));
            Map<String, List<CaseResult>> byFolder = group(suiteResults,
                    r -> r.script().substring(0, r.script().lastIndexOf('/')));
            byFolder.forEach((folder, folderResults) -> {
                boolean suiteLevel = folder.equals(suite);
                if (!suiteLevel) {
                    line(1, folder + "/", Tally.of(folderResults));
                }
                group(folderResults, CaseResult::script).forEach((script, scriptResults) ->
                        line(suiteLevel ? 1 : 2, script, Tally.of(scriptResults)));
            });
        });
    }

    /** Counts per directive kind, e.g. {@code assert_invalid   400 passed, 40 failed, 10 skipped}. */
    public void printKinds(List<CaseResult> results) {
        Map<DirectiveKind, List<CaseResult>> byKind = new EnumMap<>(DirectiveKind.class);
        for (CaseResult result : results) {
            byKind.computeIfAbsent(result.kind(), k -> new ArrayList<>()).add(result);
        }
        out.println();
        out.println("By directive:");
        byKind.forEach((kind, kindResults) -> line(1, kind.spelling(), Tally.of(kindResults)));
    }

    public void printSkipReasons(List<CaseResult> results) {
        Map<String, Integer> reasons = new TreeMap<>();
        for (CaseResult result : results) {
            if (result.outcome() instanceof Outcome.Skipped skipped) {
                reasons.merge(shorten(skipped.reason()), 1, Integer::sum);
            }
        }
        if (reasons.isEmpty()) {
            return;
        }
        out.println();
        out.println("Skipped, by reason:");
        reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
    }

    public void printFailures(List<CaseResult> results) {
        List<CaseResult> failures = new ArrayList<>();
        for (CaseResult result : results) {
            if (result.outcome() instanceof Outcome.Failed) {
                failures.add(result);
            }
        }
        if (failures.isEmpty()) {
            return;
        }
        out.println();
        out.println("Failures:");
        for (CaseResult failure : failures) {
            Outcome.Failed failed = (Outcome.Failed) failure.outcome();
            out.println("  " + failure.id() + "  " + failure.kind().spelling());
            out.println("      expected: " + failed.expected());
            out.println("      got:      " + failed.got());
        }
    }

    /**
     * How many passes expected an error and got the right kind with different wording; with {@code list}, each
     * of them.
     */
    public void printMessageMismatches(List<CaseResult> results, boolean list) {
        List<String> notes = new ArrayList<>();
        for (CaseResult result : results) {
            if (result.outcome() instanceof Outcome.Passed passed && passed.messageMismatch().isPresent()) {
                notes.add(result.id() + "  " + result.kind().spelling() + ": " + passed.messageMismatch().get());
            }
        }
        if (notes.isEmpty()) {
            return;
        }
        out.println();
        out.println(notes.size() + " passing cases got the expected kind of error with other wording"
                + (list ? ":" : " (--list-mismatches lists them)."));
        if (list) {
            notes.forEach(note -> out.println("  " + note));
        }
    }

    /** One line per failure: {@code <id>  <directive>  expected: …  got: …}. */
    public void printFailureLines(List<CaseResult> results) {
        for (CaseResult result : results) {
            if (result.outcome() instanceof Outcome.Failed failed) {
                out.println(result.id() + "  " + result.kind().spelling() + "  expected: " + failed.expected()
                        + "  got: " + failed.got());
            }
        }
    }

    public void printSkips(List<CaseResult> results) {
        out.println();
        out.println("Skipped cases:");
        for (CaseResult result : results) {
            if (result.outcome() instanceof Outcome.Skipped skipped) {
                out.println("  " + result.id() + "  " + result.kind().spelling() + ": " + skipped.reason());
            }
        }
    }

    public void printRegressions(List<String> regressions) {
        if (regressions.isEmpty()) {
            return;
        }
        out.println();
        out.println("Regressions (in the baseline, not passing now): " + regressions.size());
        regressions.forEach(id -> out.println("  " + id));
    }

    public void printTotal(List<CaseResult> results) {
        out.println(Tally.of(results));
    }

    private void line(int depth, String name, Tally tally) {
        String label = "  ".repeat(depth) + name;
        out.println(label.length() >= COLUMN ? label + "  " + tally
                : label + " ".repeat(COLUMN - label.length()) + tally);
    }

    /** Skip reasons that embed a parser message are grouped under their fixed leading part. */
    private static String shorten(String reason) {
        for (String prefix : GROUPED_REASONS) {
            if (reason.startsWith(prefix)) {
                return prefix + " (…)";
            }
        }
        return reason;
    }

    private static Map<String, List<CaseResult>> group(List<CaseResult> results,
                                                        java.util.function.Function<CaseResult, String> key) {
        Map<String, List<CaseResult>> groups = new TreeMap<>();
        for (CaseResult result : results) {
            groups.computeIfAbsent(key.apply(result), k -> new ArrayList<>()).add(result);
        }
        return new LinkedHashMap<>(groups);
    }
}
