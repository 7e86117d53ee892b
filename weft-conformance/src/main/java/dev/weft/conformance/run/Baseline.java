package dev.weft.conformance.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The committed list of case ids that passed when it was last written: one id a line, {@code #} comments allowed.
 * A case in the baseline that no longer passes is a regression.
 */
public record Baseline(Set<String> passing) {
    public Baseline {
        passing = Set.copyOf(passing);
    }

    /** Reads a baseline file; a missing file is an empty baseline. */
    public static Baseline read(Path file) throws IOException {
        return Files.isRegularFile(file) ? parse(Files.readAllLines(file, StandardCharsets.UTF_8))
                : new Baseline(Set.of());
    }

    public static Baseline parse(List<String> lines) {
        Set<String> ids = new TreeSet<>();
        for (String line : lines) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                ids.add(id);
            }
        }
        return new Baseline(ids);
    }

    /** Writes the ids of the passed results, sorted. */
    public static void write(Path file, Collection<CaseResult> results) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Weft conformance baseline: cases that passed. A listed case that stops passing fails the build.");
        lines.add("# Regenerate with: ./run-conformance --write-baseline");
        Set<String> ids = new TreeSet<>();
        for (CaseResult result : results) {
            if (result.status() == Outcome.Status.PASSED) {
                ids.add(result.id());
            }
        }
        lines.addAll(ids);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public boolean expectsPass(String caseId) {
        return passing.contains(caseId);
    }

    /**
     * Baseline cases of the scripts in {@code results} that did not pass there (or have vanished from them).
     * Cases of scripts that were not run are not judged.
     */
    public List<String> regressions(Collection<CaseResult> results) {
        Set<String> passedNow = new TreeSet<>();
        Set<String> scripts = new TreeSet<>();
        for (CaseResult result : results) {
            scripts.add(result.script());
            if (result.status() == Outcome.Status.PASSED) {
                passedNow.add(result.id());
            }
        }
        List<String> regressions = new ArrayList<>();
        for (String id : new TreeSet<>(passing)) {
            int colon = id.lastIndexOf(':');
            if (colon > 0 && scripts.contains(id.substring(0, colon)) && !passedNow.contains(id)) {
                regressions.add(id);
            }
        }
        return regressions;
    }
}
