package dev.weft.conformance;

import dev.weft.conformance.convert.ConverterException;
import dev.weft.conformance.report.ReportPrinter;
import dev.weft.conformance.report.Tally;
import dev.weft.conformance.run.Baseline;
import dev.weft.conformance.run.CaseResult;
import dev.weft.conformance.run.ConformanceRunner;
import dev.weft.conformance.run.ScriptFile;
import dev.weft.conformance.run.SkipPolicy;
import dev.weft.conformance.run.SuiteLocator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code ./run-conformance}: runs the component {@code .wast} suites and prints counts and failures. */
public final class ConformanceMain {
    private ConformanceMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            if (!e.getMessage().isEmpty()) {
                err.println("run-conformance: " + e.getMessage());
            }
            err.println(Options.USAGE);
            return e.getMessage().isEmpty() ? 0 : 2;
        }
        RepoLayout layout = RepoLayout.locate();
        Path root = options.conformanceRoot().orElse(layout.conformanceRoot());
        if (!Files.isDirectory(root)) {
            err.println("run-conformance: no conformance data at " + root
                    + " (expected ../shared/conformance next to the repository; --root DIR to point elsewhere)");
            return 2;
        }
        try {
            SuiteLocator locator = new SuiteLocator(root);
            List<ScriptFile> scripts = locator.scripts(locator.filterFor(options.filter()));
            if (scripts.isEmpty()) {
                err.println("run-conformance: no .wast scripts match `" + options.filter() + "` below " + root);
                return 2;
            }
            ConformanceRunner runner = WeftRunner.create(layout,
                    new SkipPolicy(locator.notYetImplemented(), options.includeNyi(), options.includeAsync()));
            List<CaseResult> results = runner.run(scripts);
            report(options, layout, results, out);
            return options.strict() && Tally.of(results).failed() > 0 ? 1 : 0;
        } catch (ConverterException e) {
            err.println("run-conformance: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("run-conformance: " + e);
            return 2;
        }
    }

    private static void report(Options options, RepoLayout layout, List<CaseResult> results, PrintStream out)
            throws IOException {
        ReportPrinter printer = new ReportPrinter(out);
        if (options.listFailures()) {
            printer.printFailureLines(results);
        } else {
            printer.printCounts(results);
            printer.printKinds(results);
            printer.printSkipReasons(results);
            if (options.listSkips()) {
                printer.printSkips(results);
            }
            printer.printMessageMismatches(results, options.listMismatches());
            printer.printFailures(results);
        }
        if (options.writeBaseline()) {
            Baseline.write(layout.baseline(), results);
            out.println();
            out.println("Wrote " + Tally.of(results).passed() + " passing cases to " + layout.baseline());
        } else {
            printer.printRegressions(Baseline.read(layout.baseline()).regressions(results));
        }
        out.println();
        printer.printTotal(results);
    }
}
