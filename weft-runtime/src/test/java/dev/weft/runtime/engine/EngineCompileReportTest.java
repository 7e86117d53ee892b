package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.runtime.CompiledModule;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Linker;
import dev.weft.testkit.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Engine#compile}: the public report of where each core module's code came from and which functions fell
 * back to the interpreter; a second engine on the same cache directory (as a second process would) loads every
 * module from disk without compiling.
 */
class EngineCompileReportTest {

    @Test
    void secondEngineLoadsEveryModuleFromTheDiskCache(@TempDir Path dir) throws Exception {
        Component component = Component.decode(Fixtures.componentBytes("nested"));
        Engine first = Engine.builder().withCacheDir(dir).build();
        List<CompiledModule> compiled = first.compile(component);
        assertTrue(compiled.size() >= 2, "nested.wat has several core modules: " + compiled);
        for (int i = 0; i < compiled.size(); i++) {
            assertEquals(i, compiled.get(i).index());
            assertEquals(List.of(), compiled.get(i).interpretedFunctions());
        }
        assertTrue(compiled.stream().anyMatch(m -> m.source() == CompiledModule.Source.COMPILED), compiled.toString());
        assertTrue(compiled.stream().allMatch(m -> m.source() != CompiledModule.Source.DISK_CACHE),
                compiled.toString());
        // the same engine keeps the code in memory; Linker.prepare reuses it
        assertTrue(first.compile(component).stream().allMatch(m -> m.source() == CompiledModule.Source.MEMORY_CACHE));
        new Linker().prepare(first, component).instantiate();

        List<CompiledModule> loaded = Engine.builder().withCacheDir(dir).build().compile(component);
        assertEquals(compiled.stream().map(CompiledModule::sha256).toList(),
                loaded.stream().map(CompiledModule::sha256).toList());
        for (CompiledModule m : loaded) {
            assertTrue(m.source() == CompiledModule.Source.DISK_CACHE
                    // a module that occurs twice is compiled once and then found in memory
                    || m.source() == CompiledModule.Source.MEMORY_CACHE, m.toString());
        }
        assertTrue(loaded.stream().anyMatch(m -> m.source() == CompiledModule.Source.DISK_CACHE));
    }

    @Test
    void interpreterFallbackIsReportedPerFunction(@TempDir Path dir) throws Exception {
        Component component = Component.decode(componentOf(WasmBinaryWriter.hugeFunctionModule(40_000)));
        List<CompiledModule> report = Engine.builder().withCacheDir(dir).build().compile(component);
        assertEquals(1, report.size());
        // body: 1 byte of locals, i32.const 0, 3 bytes per addition, end (as in CoreModuleCompileTest)
        assertEquals(List.of("func 0 (" + (1 + 2 + 3 * 40_000 + 1) + " bytes)"), report.get(0).interpretedFunctions());
        List<CompiledModule> cached = Engine.builder().withCacheDir(dir).build().compile(component);
        assertEquals(CompiledModule.Source.DISK_CACHE, cached.get(0).source());
        assertEquals(report.get(0).interpretedFunctions(), cached.get(0).interpretedFunctions());
    }

    /** A component whose only content is one core module section. */
    private static byte[] componentOf(byte[] module) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00, 0x01});
        int size = module.length;
        do {
            int b = size & 0x7f;
            size >>>= 7;
            out.write(size != 0 ? b | 0x80 : b);
        } while (size != 0);
        out.writeBytes(module);
        return out.toByteArray();
    }
}
