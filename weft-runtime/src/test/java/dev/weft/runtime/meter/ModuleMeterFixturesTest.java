package dev.weft.runtime.meter;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.component.ast.ComponentSection;
import dev.weft.component.ast.CoreModuleSection;
import dev.weft.component.ast.Section;
import dev.weft.component.validate.EmptyImportNames;
import dev.weft.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmModule;

/**
 * Instruments every core module of every built fixture (clang, componentize-js/SpiderMonkey, jco adapters,
 * hand-written WAT) with both meters and has Endive's validator accept the result, with the meter globals
 * appended after the module's own. The componentize-js fixtures (two 12 MB SpiderMonkey modules each) take
 * about a minute apiece to validate, so they run only with {@code -Dweft.meter.all=true}; they passed when this
 * test was written.
 */
class ModuleMeterFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureModuleStaysValidWhenMetered() {
        boolean all = Boolean.getBoolean("weft.meter.all");
        return Fixtures.componentNames().stream().filter(name -> all || !name.startsWith("js-"))
                .map(name -> DynamicTest.dynamicTest(name, () -> {
            List<byte[]> modules = new ArrayList<>();
            collect(Component.decode(Fixtures.componentBytes(name)).ast(), modules);
            for (byte[] original : modules) {
                byte[] wasm = EmptyImportNames.rewrite(original);
                MeteredModule metered = ModuleMeter.instrument(wasm, true, true);
                WasmModule before = parse(wasm);
                WasmModule after = assertDoesNotThrow(() -> parse(metered.wasm()), name);
                int defined = before.globalSection().globalCount();
                assertTrue(after.globalSection().globalCount() == defined + 2, name);
                assertTrue(metered.fuelGlobal() == defined && metered.depthGlobal() == defined + 1, name);
                assertTrue(after.codeSection().functionBodyCount() == before.codeSection().functionBodyCount());
            }
        }));
    }

    private static WasmModule parse(byte[] wasm) {
        return Parser.builder().withValidation(true).build().parse(() -> new ByteArrayInputStream(wasm));
    }

    private static void collect(dev.weft.component.ast.Component component, List<byte[]> out) {
        for (Section section : component.sections()) {
            if (section instanceof CoreModuleSection m) {
                out.add(m.bytes());
            } else if (section instanceof ComponentSection c) {
                collect(c.component(), out);
            }
        }
    }
}
