package dev.weft.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.weft.conformance.report.Tally;
import dev.weft.conformance.run.Baseline;
import dev.weft.conformance.run.CaseResult;
import dev.weft.conformance.run.ConformanceRunner;
import dev.weft.conformance.run.Outcome;
import dev.weft.conformance.run.SkipPolicy;
import dev.weft.conformance.run.SuiteLocator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The component {@code .wast} suites as JUnit tests: one dynamic test per directive, grouped by suite and script.
 * A passing case passes; a skipped one is reported as aborted with its reason; a failing one fails the build only
 * when the committed {@code baseline.txt} says it passed before (a regression), and is otherwise reported as
 * aborted ("known failure"). Without {@code ../shared/conformance} the whole factory reports one aborted test.
 */
class ConformanceSuitesTest {

    @TestFactory
    Stream<DynamicNode> componentSuites() throws Exception {
        RepoLayout layout = RepoLayout.locate();
        Optional<Path> root = layout.existingConformanceRoot();
        if (root.isEmpty()) {
            return Stream.of(dynamicTest("conformance suites", () -> Assumptions.abort(
                    "conformance data not found at " + layout.conformanceRoot()
                            + " (../shared/conformance): component .wast suites NOT run")));
        }
        SuiteLocator locator = new SuiteLocator(root.get());
        ConformanceRunner runner = WeftRunner.create(layout, new SkipPolicy(locator.notYetImplemented(), false));
        List<CaseResult> results = runner.run(locator.scripts(""));
        Baseline baseline = baseline();
        System.out.println("[weft-conformance] " + Tally.of(results) + " (baseline: " + baseline.passing().size()
                + " expected passes)");

        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(dynamicTest("baseline cases are all still present and passing", () -> {
            List<String> regressions = baseline.regressions(results);
            if (!regressions.isEmpty()) {
                fail(regressions.size() + " baseline case(s) no longer pass: " + regressions);
            }
        }));
        groupBy(results, r -> r.script().substring(0, r.script().indexOf('/'))).forEach((suite, suiteResults) ->
                nodes.add(dynamicContainer(suite, groupBy(suiteResults, CaseResult::script).entrySet().stream()
                        .map(script -> dynamicContainer(script.getKey(),
                                script.getValue().stream().map(r -> caseTest(r, baseline)))))));
        return nodes.stream();
    }

    private static DynamicNode caseTest(CaseResult result, Baseline baseline) {
        String name = result.id().substring(result.id().lastIndexOf('/') + 1) + " " + result.kind().spelling();
        return dynamicTest(name, () -> {
            switch (result.outcome()) {
                case Outcome.Passed passed -> {
                }
                case Outcome.Skipped skipped -> Assumptions.abort(skipped.reason());
                case Outcome.Failed failed -> {
                    String detail = "expected " + failed.expected() + ", got " + failed.got();
                    if (baseline.expectsPass(result.id())) {
                        fail("regression (listed in baseline.txt): " + detail);
                    }
                    Assumptions.abort("known failure, not in baseline.txt: " + detail);
                }
            }
        });
    }

    private static Baseline baseline() throws IOException {
        try (InputStream in = ConformanceSuitesTest.class.getResourceAsStream("/baseline.txt")) {
            if (in == null) {
                return new Baseline(java.util.Set.of());
            }
            return Baseline.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    private static Map<String, List<CaseResult>> groupBy(List<CaseResult> results,
                                                         java.util.function.Function<CaseResult, String> key) {
        Map<String, List<CaseResult>> groups = new LinkedHashMap<>();
        for (CaseResult result : results) {
            groups.computeIfAbsent(key.apply(result), k -> new ArrayList<>()).add(result);
        }
        return groups;
    }
}
