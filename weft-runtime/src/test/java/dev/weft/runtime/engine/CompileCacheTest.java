package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCacheTest {

    @TempDir
    Path cacheDir;

    private CoreEngine newEngine() {
        return CoreEngine.create(Optional.of(cacheDir));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".wcc")).toList();
        }
    }

    @Test
    void secondEngineLoadsFromDiskWithoutCompiling() throws Exception {
        byte[] wasm = TestModules.bytes("arith");
        var first = newEngine();
        var compiled = first.compile(wasm);
        assertEquals(CompileSource.COMPILED, compiled.compileSource());
        assertEquals(new CoreEngineStats(1, 0, 0, 0), first.stats());
        assertEquals(1, entries().size());
        assertTrue(entries().get(0).getFileName().toString().startsWith(compiled.sha256()));

        var again = first.compile(wasm);
        assertEquals(CompileSource.MEMORY_CACHE, again.compileSource());
        assertEquals(new CoreEngineStats(1, 0, 1, 0), first.stats());

        var second = newEngine();
        var loaded = second.compile(wasm);
        assertEquals(CompileSource.DISK_CACHE, loaded.compileSource());
        assertEquals(new CoreEngineStats(0, 1, 0, 0), second.stats());
        assertArrayEquals(new long[] {42}, loaded.instantiate().function("add").call(40, 2));
        assertEquals(compiled.exports(), loaded.exports());
    }

    @Test
    void trapsFromCachedCodeStillNameGuestFunctions() throws Exception {
        byte[] wasm = TestModules.bytes("arith");
        newEngine().compile(wasm);
        var loaded = newEngine().compile(wasm);
        assertEquals(CompileSource.DISK_CACHE, loaded.compileSource());
        var trap = org.junit.jupiter.api.Assertions.assertThrows(dev.weft.error.Trap.class,
                () -> loaded.instantiate().function("nested_unreachable").call());
        assertEquals(List.of("boom", "inner", "outer"), trap.guestStack().subList(0, 3));
    }

    @Test
    void corruptEntryIsRecompiledAndReplaced() throws Exception {
        byte[] wasm = TestModules.bytes("memory");
        newEngine().compile(wasm);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(entry, bytes);

        var engine = newEngine();
        var module = engine.compile(wasm);
        assertEquals(CompileSource.COMPILED, module.compileSource());
        assertEquals(new CoreEngineStats(1, 0, 0, 1), engine.stats());
        assertEquals(2L, module.instantiate().function("grow").call(1)[0] + 1);

        var after = newEngine();
        assertEquals(CompileSource.DISK_CACHE, after.compile(wasm).compileSource());
    }

    @Test
    void truncatedOrForeignEntryIsRecompiled() throws Exception {
        byte[] wasm = TestModules.bytes("provider");
        newEngine().compile(wasm);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        var engine = newEngine();
        assertEquals(CompileSource.COMPILED, engine.compile(wasm).compileSource());
        assertEquals(1, engine.stats().corruptDiskEntries());

        Files.write(entries().get(0), "not a cache entry".getBytes());
        var third = newEngine();
        assertEquals(CompileSource.COMPILED, third.compile(wasm).compileSource());
        assertEquals(1, third.stats().corruptDiskEntries());
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        newEngine().compile(TestModules.bytes("arith"));
        newEngine().compile(TestModules.bytes("host"));
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertEquals(List.of(), files.filter(f -> !f.toString().endsWith(".wcc")).toList());
        }
        assertEquals(2, entries().size());
    }

    @Test
    void concurrentCompilesOfTheSameBytesCompileOnce() throws Exception {
        byte[] wasm = TestModules.bytes("consumer");
        var engine = newEngine();
        var pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = new ArrayList<Callable<CoreModule>>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> engine.compile(wasm));
            }
            for (Future<CoreModule> f : pool.invokeAll(tasks)) {
                assertEquals(f.get().imports(), engine.compile(wasm).imports());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, engine.stats().compiled());
        // 8 concurrent calls plus 8 checks, one of which compiled
        assertEquals(15, engine.stats().memoryCacheHits());
    }
}
