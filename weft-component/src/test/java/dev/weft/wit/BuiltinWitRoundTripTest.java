package dev.weft.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wit.print.WitPrinter;
import dev.weft.wit.resolve.PackageName;
import dev.weft.wit.resolve.ResolveOptions;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.WitPackage;
import dev.weft.wit.resolve.WitResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every WIT package shipped with jco (WASI 0.2.10, 0.2.12, 0.3.0, wasi-tls draft, jco:node) resolves, and
 * printing then re-parsing each set gives an equal model.
 */
class BuiltinWitRoundTripTest {
    static final Path BUILTIN = Path.of("../fixtures/node_modules/@bytecodealliance/jco/lib/wit/builtin");

    record PackageSet(String label, List<Path> dirs) {
    }

    static List<Path> children(String dir) throws IOException {
        try (Stream<Path> s = Files.list(BUILTIN.resolve(dir))) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    static List<PackageSet> sets() throws IOException {
        List<Path> p212 = new java.util.ArrayList<>(children("0.2.12"));
        p212.add(BUILTIN.resolve("wasi-tls-0.2.0-draft"));
        p212.add(BUILTIN.resolve("jco-node-0.1.0"));
        return List.of(new PackageSet("0.2.12 + wasi-tls + jco-node", p212),
                new PackageSet("0.3.0", children("0.3.0")),
                new PackageSet("0.2.10", children("0.2.10")));
    }

    static WitModel load(PackageSet set, ResolveOptions options) throws Exception {
        WitResolver r = new WitResolver(options);
        for (Path d : set.dirs()) {
            r.addDirectory(d);
        }
        return r.resolve();
    }

    static WitModel reparse(WitModel model, ResolveOptions options) throws Exception {
        WitResolver r = new WitResolver(options);
        for (WitPackage p : model.packages()) {
            r.addSource(p.name() + ".wit", WitPrinter.print(model, p.name()));
        }
        return r.resolve();
    }

    @TestFactory
    Stream<DynamicTest> everyPackageSetResolvesAndRoundTrips() throws IOException {
        return sets().stream().flatMap(set -> Stream.of(ResolveOptions.defaults(), ResolveOptions.withAllFeatures())
                .map(opts -> DynamicTest.dynamicTest(set.label() + (opts.allFeatures() ? " (all features)" : ""),
                        () -> {
                            WitModel model = load(set, opts);
                            assertTrue(model.packages().size() >= set.dirs().size() - 1);
                            WitModel again = reparse(model, opts);
                            for (WitPackage p : model.packages()) {
                                assertEquals(WitPrinter.print(model, p.name()), WitPrinter.print(again, p.name()),
                                        "printed text of " + p.name());
                            }
                            assertEquals(model, again);
                        })));
    }

    @TestFactory
    Stream<DynamicTest> expectedPackagesArePresent() throws IOException {
        return Stream.of(DynamicTest.dynamicTest("0.2.12 set", () -> {
            WitModel model = load(sets().get(0), ResolveOptions.defaults());
            List<String> names = model.packages().stream().map(p -> p.name().toString()).toList();
            for (String n : List.of("wasi:io@0.2.12", "wasi:clocks@0.2.12", "wasi:cli@0.2.12", "wasi:http@0.2.12",
                    "wasi:sockets@0.2.12", "wasi:filesystem@0.2.12", "wasi:random@0.2.12",
                    "wasi:tls@0.2.0-draft", "jco:node@0.1.0")) {
                assertTrue(names.contains(n), n + " in " + names);
            }
            // dependencies come first
            assertTrue(names.indexOf("wasi:io@0.2.12") < names.indexOf("wasi:cli@0.2.12"));
            assertTrue(model.pkg(PackageName.parse("jco:node@0.1.0")).orElseThrow().interfaces().size() >= 19);
        }));
    }
}
