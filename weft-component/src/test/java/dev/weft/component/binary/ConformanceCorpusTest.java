package dev.weft.component.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.ast.Component;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text-format component of the conformance .wast scripts (component-model and wasmtime suites: top-level
 * {@code (component …)} forms and those inside {@code assert_invalid}/{@code assert_unlinkable}/
 * {@code assert_trap}/{@code assert_return}) is converted at test time with jco's wasm-tools (node), then decoded;
 * the number of top-level items of each kind and the import/export names must equal what wasmprinter
 * ({@code jco print}) shows for the same binary. Texts that jco itself cannot parse are reported as skipped,
 * each with jco's error.
 */
class ConformanceCorpusTest {
    static final Path CONFORMANCE = Path.of("/work/shared/conformance");
    static final Path TOOLS = Path.of("../fixtures/node_modules/@bytecodealliance/jco-transpile/dist/wasm-tools.js");

    @TempDir
    static Path work;

    @TestFactory
    List<DynamicTest> everyTextComponentOfTheWastSuites() throws Exception {
        assertTrue(Files.isDirectory(CONFORMANCE), "conformance data missing: " + CONFORMANCE);
        Assumptions.assumeTrue(Files.exists(TOOLS), "jco is not installed at " + TOOLS.toAbsolutePath()
                + " (npm install in fixtures/): the wast corpus cannot be converted");
        int written = extract();
        assertTrue(written > 500, "expected hundreds of components, found " + written);
        Path script = Path.of(ConformanceCorpusTest.class.getResource("/binary/wat-to-wasm.mjs").toURI());
        Process node = new ProcessBuilder("node", script.toString(), TOOLS.toAbsolutePath().toString(),
                work.toString()).redirectErrorStream(true).start();
        String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(10, TimeUnit.MINUTES), "node timed out");
        assertEquals(0, node.exitValue(), log);

        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(work)) {
            for (Path wat : files.filter(p -> p.toString().endsWith(".wat") && !p.toString().endsWith(".print.wat"))
                    .sorted().toList()) {
                String base = wat.getFileName().toString().replaceFirst("\\.wat$", "");
                Path wasm = work.resolve(base + ".wasm");
                Path err = work.resolve(base + ".err");
                tests.add(DynamicTest.dynamicTest(base, () -> {
                    Assumptions.assumeFalse(Files.exists(err), () -> "jco cannot parse this text: "
                            + readQuietly(err).lines().findFirst().orElse(""));
                    byte[] bytes = Files.readAllBytes(wasm);
                    Component c = ComponentDecoder.decode(bytes);
                    String printed = Files.readString(work.resolve(base + ".print.wat"));
                    assertEquals(summarizePrinted(printed), WasiComponentsTest.summarize(c));
                    OffsetInvariants.check(c, bytes);
                }));
            }
        }
        return tests;
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /** Writes each component text of every .wast into the work folder; returns how many. */
    private static int extract() throws Exception {
        int n = 0;
        List<Path> scripts;
        try (Stream<Path> s = Files.walk(CONFORMANCE)) {
            scripts = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        for (Path script : scripts) {
            String src = Files.readString(script);
            String tag = CONFORMANCE.relativize(script).toString().replace('/', '_').replaceFirst("\\.wast$", "");
            int k = 0;
            for (WastSExpr.Lst form : WastSExpr.parseAll(src)) {
                k++;
                WastSExpr.Lst component = componentText(form);
                if (component == null) {
                    continue;
                }
                String text = src.substring(component.start(), component.end());
                text = text.replaceFirst("^\\(component(\\s+\\$\\S+)?\\s+definition\\b", "(component$1");
                Files.writeString(work.resolve(String.format("%s_%03d.wat", tag, k)), text);
                n++;
            }
        }
        return n;
    }

    private static WastSExpr.Lst componentText(WastSExpr.Lst form) {
        switch (form.head()) {
            case "component" -> {
                return isText(form) ? form : null;
            }
            case "assert_invalid", "assert_unlinkable", "assert_trap", "assert_return" -> {
                if (form.items().size() > 1 && form.items().get(1) instanceof WastSExpr.Lst inner
                        && inner.head().equals("component") && isText(inner)) {
                    return inner;
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** A component definition in text form (not binary/quote, not {@code component instance}). */
    private static boolean isText(WastSExpr.Lst form) {
        for (WastSExpr item : form.items().subList(1, Math.min(form.items().size(), 4))) {
            if (item instanceof WastSExpr.Atom a
                    && (a.text().equals("binary") || a.text().equals("quote") || a.text().equals("instance"))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern NAME = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The same summary as {@link WasiComponentsTest#summarize}, computed from wasmprinter's text. */
    static String summarizePrinted(String printed) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String k : List.of("core module", "core instance", "core type", "core func", "component", "instance",
                "alias", "type", "canon", "func", "start", "import", "export")) {
            counts.put(k, 0);
        }
        List<String> imports = new ArrayList<>();
        List<String> exports = new ArrayList<>();
        for (String raw : printed.lines().toList()) {
            // wasmprinter prefixes some items with a comment, e.g. "(; invalid outer alias count 1 ;) (alias …"
            String line = raw.replaceFirst("^  \\(;.*?;\\) ", "  ");
            if (!line.startsWith("  (") || line.startsWith("   ")) {
                continue;
            }
            String[] tokens = line.trim().split("[\\s()]+");
            String kind = tokens[1].equals("core") ? "core " + tokens[2] : tokens[1];
            counts.merge(kind, 1, Integer::sum);
            if (kind.equals("import") || kind.equals("export")) {
                Matcher m = NAME.matcher(line.replaceAll("\\$\"(?:[^\"\\\\]|\\\\.)*\"", ""));
                (kind.equals("import") ? imports : exports).add(m.find() ? unescape(m.group(1)) : "?");
            }
        }
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "))
                + " imports=" + String.join(",", imports) + " exports=" + String.join(",", exports);
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
