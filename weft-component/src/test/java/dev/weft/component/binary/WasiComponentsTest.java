package dev.weft.component.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.ast.AliasSection;
import dev.weft.component.ast.Canon;
import dev.weft.component.ast.CanonSection;
import dev.weft.component.ast.Component;
import dev.weft.component.ast.ComponentSection;
import dev.weft.component.ast.CoreInstanceSection;
import dev.weft.component.ast.CoreModuleSection;
import dev.weft.component.ast.CoreTypeSection;
import dev.weft.component.ast.CustomSection;
import dev.weft.component.ast.ExportSection;
import dev.weft.component.ast.ImportSection;
import dev.weft.component.ast.InstanceSection;
import dev.weft.component.ast.Section;
import dev.weft.component.ast.StartSection;
import dev.weft.component.ast.TypeSection;
import dev.weft.component.ast.ValueSection;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Decodes every real WASI test component of the conformance data and compares the number of top-level items of
 * each kind and the top-level import/export names with what {@code jco print} (wasmprinter) shows for the same
 * file (recorded by {@code wasi-p2-summary.sh} in {@code wasi-p2-summary.txt}).
 */
class WasiComponentsTest {
    static final Path SUITE = Path.of("/work/shared/conformance/wasi-testsuite-p2");

    @TestFactory
    List<DynamicTest> everyWasiComponentDecodesLikeWasmprinterSeesIt() throws Exception {
        List<String> lines;
        try (var in = WasiComponentsTest.class.getResourceAsStream("/binary/wasi-p2-summary.txt")) {
            lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
        assertEquals(72, lines.size(), "one summary line per WASI component");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines) {
            String file = line.substring(0, line.indexOf(' '));
            tests.add(DynamicTest.dynamicTest(file, () -> {
                Path path = SUITE.resolve(file);
                assertTrue(Files.exists(path), "missing " + path);
                byte[] bytes = Files.readAllBytes(path);
                Component c = ComponentDecoder.decode(bytes);
                assertEquals(expected(line), summarize(c), file);
                OffsetInvariants.check(c, bytes);
                assertEquals(Files.size(path), c.size());
            }));
        }
        return tests;
    }

    /** The summary line without the file name, as a comparable string. */
    private static String expected(String line) {
        return line.substring(line.indexOf(' ') + 1);
    }

    static String summarize(Component c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String k : List.of("core module", "core instance", "core type", "core func", "component", "instance",
                "alias", "type", "canon", "func", "start", "import", "export")) {
            counts.put(k, 0);
        }
        List<String> imports = new ArrayList<>();
        List<String> exports = new ArrayList<>();
        for (Section s : c.sections()) {
            switch (s) {
                case CoreModuleSection m -> counts.merge("core module", 1, Integer::sum);
                case CoreInstanceSection i -> counts.merge("core instance", i.instances().size(), Integer::sum);
                case CoreTypeSection t -> counts.merge("core type", t.types().size(), Integer::sum);
                case ComponentSection n -> counts.merge("component", 1, Integer::sum);
                case InstanceSection i -> counts.merge("instance", i.instances().size(), Integer::sum);
                case AliasSection a -> counts.merge("alias", a.aliases().size(), Integer::sum);
                case TypeSection t -> counts.merge("type", t.types().size(), Integer::sum);
                case CanonSection cs -> {
                    for (Canon canon : cs.canons()) {
                        counts.merge(canon instanceof Canon.Lift ? "func" : "core func", 1, Integer::sum);
                    }
                }
                case StartSection st -> counts.merge("start", 1, Integer::sum);
                case ImportSection i -> i.imports().forEach(im -> {
                    counts.merge("import", 1, Integer::sum);
                    imports.add(im.name().name());
                });
                case ExportSection e -> e.exports().forEach(ex -> {
                    counts.merge("export", 1, Integer::sum);
                    exports.add(ex.name().name());
                });
                case CustomSection cs -> { }
                case ValueSection v -> { }
            }
        }
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "))
                + " imports=" + String.join(",", imports) + " exports=" + String.join(",", exports);
    }
}
