package dev.weft.conformance.report;

import dev.weft.conformance.run.CaseResult;
import java.util.Collection;

/** Passed / failed / skipped counts. */
public record Tally(int passed, int failed, int skipped) {

    public static Tally of(Collection<CaseResult> results) {
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (CaseResult result : results) {
            switch (result.status()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
            }
        }
        return new Tally(passed, failed, skipped);
    }

    public int total() {
        return passed + failed + skipped;
    }

    @Override
    public String toString() {
        return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }
}
