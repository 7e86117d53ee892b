package dev.weft.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.weft.wit.WitException;
import dev.weft.wit.print.WitPrinter;
import dev.weft.wit.resolve.PackageName;
import dev.weft.wit.resolve.ResolveOptions;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.WitResolver;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Target (b): the WIT parser and resolver on one file (nested {@code package a:b { }} blocks stand in for deps).
 * Properties: any text either resolves or fails with a {@link WitException}; and a resolved package printed by
 * {@link WitPrinter} reads back to an equal model. Seeds: the WASI 0.2 WIT files and the fixtures' WIT
 * ({@code WitFuzzTestInputs/parseAndResolve}).
 */
class WitFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void parseAndResolve(byte[] bytes) throws Throwable {
        Budgeted.run(() -> parseAndResolveNow(bytes), Budgeted.PARSE_MILLIS, 1_000, Budgeted.PARSER_STACK_BYTES);
    }

    private static void parseAndResolveNow(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // Odd-length inputs keep every @unstable item, so the feature gates are fuzzed too.
        ResolveOptions options = bytes.length % 2 == 0 ? ResolveOptions.defaults() : ResolveOptions.withAllFeatures();
        Documented.outcome(() -> {
            WitResolver resolver = new WitResolver(options);
            PackageName root = resolver.addSource("fuzz.wit", text);
            WitModel model = resolver.resolve();
            List<PackageName> nested = resolver.packageNames().stream().filter(p -> !p.equals(root)).toList();
            String printed = WitPrinter.printWithNested(model, root, nested);
            // Package order is not meaningful: a file's nested packages resolve before the package that uses them.
            assertEquals(Set.copyOf(model.packages()), Set.copyOf(reread(printed, options).packages()),
                    () -> "printed WIT reads back differently:\n" + printed);
        });
    }

    private static WitModel reread(String printed, ResolveOptions options) {
        try {
            WitResolver again = new WitResolver(options);
            again.addSource("printed.wit", printed);
            return again.resolve();
        } catch (WitException e) {
            throw new AssertionError("printed WIT does not read back: " + e.getMessage() + "\n" + printed, e);
        }
    }
}
