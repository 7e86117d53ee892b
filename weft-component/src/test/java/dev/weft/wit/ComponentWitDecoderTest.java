package dev.weft.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.component.binary.ComponentDecoder;
import dev.weft.wit.decode.ComponentWitDecoder;
import dev.weft.wit.decode.DecodedWorld;
import dev.weft.wit.print.WitPrinter;
import dev.weft.wit.resolve.Function;
import dev.weft.wit.resolve.Interface;
import dev.weft.wit.resolve.InterfaceRef;
import dev.weft.wit.resolve.ResolveOptions;
import dev.weft.wit.resolve.Stability;
import dev.weft.wit.resolve.TypeDef;
import dev.weft.wit.resolve.TypeDefKind;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.WitPackage;
import dev.weft.wit.resolve.WitResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The world read from a component's types agrees with {@code jco wit} (expected outputs were generated with
 * {@code scripts/gen-wit-decode-fixtures.sh}); decoded interfaces agree with the WIT they were built from.
 */
class ComponentWitDecoderTest {
    static final Path RESOURCES = Path.of("src/test/resources/wit-decode");
    static final Path CONFORMANCE = Path.of("/work/shared/conformance/wasi-testsuite-p2");
    static final Path BUILTIN = BuiltinWitRoundTripTest.BUILTIN;

    /**
     * Formatting-insensitive form of printed WIT: trailing blanks and blank lines dropped. World-level
     * {@code use} lines are dropped too: wit-component prints a world function's foreign type by name without
     * the {@code use} that makes the text parse; Weft prints the {@code use}.
     */
    static String normalize(String wit) {
        return wit.lines().map(String::stripTrailing).filter(l -> !l.isBlank())
                .filter(l -> !l.startsWith("  use ")).collect(Collectors.joining("\n"));
    }

    static DecodedWorld decode(Path wasm) throws Exception {
        return ComponentWitDecoder.decode(ComponentDecoder.decode(Files.readAllBytes(wasm)));
    }

    static String printRoot(DecodedWorld d) {
        return WitPrinter.print(d.model(), d.root());
    }

    @TestFactory
    Stream<DynamicTest> agreesWithJcoOnWasiTestsuiteComponents() throws IOException {
        Path expectedDir = RESOURCES.resolve("wasi-testsuite-p2");
        List<Path> expected;
        try (Stream<Path> s = Files.walk(expectedDir)) {
            expected = s.filter(p -> p.toString().endsWith(".wit")).sorted().toList();
        }
        assertTrue(expected.size() >= 70, "expected outputs present: " + expected.size());
        return expected.stream().map(exp -> {
            String lang = exp.getParent().getFileName().toString();
            String name = exp.getFileName().toString().replace(".wit", "");
            return DynamicTest.dynamicTest(lang + "/" + name, () -> {
                Path wasm = CONFORMANCE.resolve(lang).resolve(name + ".wasm");
                Assumptions.assumeTrue(Files.exists(wasm), "conformance component missing: " + wasm);
                assertEquals(normalize(Files.readString(exp)), normalize(printRoot(decode(wasm))));
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> agreesWithJcoOnHandwrittenComponents() throws IOException {
        try (Stream<Path> s = Files.list(RESOURCES.resolve("handwritten"))) {
            return s.filter(p -> p.toString().endsWith(".wasm")).sorted().toList().stream()
                    .map(wasm -> DynamicTest.dynamicTest(wasm.getFileName().toString(), () -> {
                        Path exp = wasm.resolveSibling(wasm.getFileName().toString().replace(".wasm", ".jco.wit"));
                        assertEquals(normalize(Files.readString(exp)), normalize(printRoot(decode(wasm))));
                    }));
        }
    }

    static List<Path> componentDirs() throws IOException {
        try (Stream<Path> s = Files.list(RESOURCES.resolve("components"))) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> agreesWithJcoOnGeneratedComponents() throws IOException {
        return componentDirs().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Path wasm = dir.resolveSibling(dir.getFileName() + ".wasm");
            Path exp = dir.resolveSibling(dir.getFileName() + ".jco.wit");
            assertEquals(normalize(Files.readString(exp)), normalize(printRoot(decode(wasm))));
        }));
    }

    @TestFactory
    Stream<DynamicTest> decodedInterfacesMatchTheirWitSource() throws IOException {
        return componentDirs().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            WitResolver r = new WitResolver(ResolveOptions.defaults());
            Path version = dir.resolve("wasi-version");
            if (Files.exists(version)) {
                try (Stream<Path> deps = Files.list(BUILTIN.resolve(Files.readString(version).strip()))) {
                    for (Path d : deps.sorted().toList()) {
                        r.addDirectory(d);
                    }
                }
            }
            r.addDirectory(dir);
            WitModel source = r.resolve();
            DecodedWorld decoded = decode(dir.resolveSibling(dir.getFileName() + ".wasm"));
            int checked = 0;
            for (WitPackage p : decoded.model().packages()) {
                for (Interface i : p.interfaces()) {
                    Interface src = source.iface(i.ref()).orElseThrow(() -> new AssertionError("no " + i.ref()));
                    for (TypeDef t : i.types()) {
                        TypeDef s = src.type(t.name()).orElseThrow(() -> new AssertionError(i.ref() + "." + t.name()));
                        assertSubset(t, s, i.ref());
                        checked++;
                    }
                    for (Function f : i.functions()) {
                        assertEquals(bare(src.function(f.name()).orElseThrow()), bare(f), i.ref() + "." + f.name());
                        checked++;
                    }
                }
            }
            assertTrue(checked > 0);
        }));
    }

    /** The decoded definition equals the source one, except that unused resource functions may be missing. */
    static void assertSubset(TypeDef decoded, TypeDef source, InterfaceRef where) {
        if (decoded.kind() instanceof TypeDefKind.Resource dr && source.kind() instanceof TypeDefKind.Resource sr) {
            List<Function> src = sr.functions().stream().map(ComponentWitDecoderTest::bare).toList();
            for (Function f : dr.functions()) {
                assertTrue(src.contains(bare(f)), where + ": " + f.externName() + " differs from the source");
            }
            return;
        }
        assertEquals(bare(source), bare(decoded), where + "." + decoded.name());
    }

    static Function bare(Function f) {
        return new Function(f.name(), f.kind(), f.resource(), f.async(), f.params(), f.result(), Stability.UNKNOWN, "");
    }

    static TypeDef bare(TypeDef t) {
        TypeDefKind kind = switch (t.kind()) {
            case TypeDefKind.Record r -> new TypeDefKind.Record(r.fields().stream()
                    .map(f -> new TypeDefKind.Field(f.name(), f.type(), "")).toList());
            case TypeDefKind.Variant v -> new TypeDefKind.Variant(v.cases().stream()
                    .map(c -> new TypeDefKind.Case(c.name(), c.payload(), "")).toList());
            case TypeDefKind.Enum e -> new TypeDefKind.Enum(e.cases().stream()
                    .map(c -> new TypeDefKind.Label(c.name(), "")).toList());
            case TypeDefKind.Flags f -> new TypeDefKind.Flags(f.flags().stream()
                    .map(c -> new TypeDefKind.Label(c.name(), "")).toList());
            case TypeDefKind.Resource r -> new TypeDefKind.Resource(List.of());
            default -> t.kind();
        };
        return new TypeDef(t.name(), kind, Stability.UNKNOWN, "");
    }

    /** jco 1.35 panics on this one (wit-parser decoding.rs assertion), so the expectation is hand-written. */
    @Test
    void importedInterfaceExportedAgain() throws Exception {
        DecodedWorld d = decode(RESOURCES.resolve("reexport/t3.wasm"));
        assertEquals(List.of("local:demo/host@1.0.0"),
                d.world().imports().stream().map(dev.weft.wit.resolve.WorldItem::externName).toList());
        assertEquals(List.of("local:demo/host@1.0.0"),
                d.world().exports().stream().map(dev.weft.wit.resolve.WorldItem::externName).toList());
        Interface host = d.model().iface(new InterfaceRef.Named(
                dev.weft.wit.resolve.PackageName.parse("local:demo@1.0.0"), "host")).orElseThrow();
        assertEquals(List.of("point"), host.types().stream().map(TypeDef::name).toList());
        assertEquals(List.of("f"), host.functions().stream().map(Function::name).toList());
    }

    @Test
    void validatedComponentDecodesTheSameWorld() throws Exception {
        Path wasm = RESOURCES.resolve("components/app.wasm");
        byte[] bytes = Files.readAllBytes(wasm);
        DecodedWorld viaValidator = ComponentWitDecoder.decode(Component.decode(bytes));
        assertEquals(decode(wasm).model(), viaValidator.model());
        assertEquals(List.of("local:app/types@0.1.0", "cfg", "log"),
                viaValidator.world().imports().stream().map(dev.weft.wit.resolve.WorldItem::externName).toList());
    }

    @TestFactory
    Stream<DynamicTest> decodedWorldsRoundTripThroughText() throws IOException {
        return Stream.of("components/app.wasm", "components/cmd212.wasm", "components/proxy212.wasm",
                "components/cmd30.wasm", "components/http30.wasm", "handwritten/t2.wasm")
                .map(name -> DynamicTest.dynamicTest(name, () -> roundTrip(RESOURCES.resolve(name))));
    }

    private static void roundTrip(Path wasm) throws Exception {
        DecodedWorld d = decode(wasm);
        WitResolver r = new WitResolver(ResolveOptions.withAllFeatures());
        for (WitPackage p : d.model().packages()) {
            r.addSource(p.name() + ".wit", WitPrinter.print(d.model(), p.name()));
        }
        WitModel again = r.resolve();
        assertEquals(printRoot(d), WitPrinter.print(again, d.root()));
        assertEquals(d.model(), again);
    }
}
