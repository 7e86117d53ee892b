package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreModuleCompileTest {

    @Test
    void garbageIsADecodeError() {
        var engine = TestModules.memoryOnlyEngine();
        assertThrows(DecodeException.class, () -> engine.compile(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        assertThrows(DecodeException.class, () -> engine.compile(new byte[0]));
        byte[] arith = TestModules.bytes("arith");
        assertThrows(DecodeException.class,
                () -> engine.compile(java.util.Arrays.copyOf(arith, arith.length - 7)));
    }

    @Test
    void illTypedBodyIsAValidationError() {
        var engine = TestModules.memoryOnlyEngine();
        var e = assertThrows(ValidationException.class, () -> engine.compile(TestModules.bytes("invalid")));
        assertTrue(e.getMessage().contains("type mismatch"), e.getMessage());
        // a failed compile is not cached as a success
        assertThrows(ValidationException.class, () -> engine.compile(TestModules.bytes("invalid")));
    }

    @Test
    void functionTooLargeForTheJvmFallsBackToTheInterpreterAndIsReported(@TempDir Path dir) throws Exception {
        byte[] wasm = WasmBinaryWriter.hugeFunctionModule(40_000);
        var module = CoreEngine.create(Optional.of(dir)).compile(wasm);
        // body: 1 byte of locals, i32.const 0, 3 bytes per addition, end
        assertEquals(List.of(new InterpretedFunction(0, Optional.empty(), 1 + 2 + 3 * 40_000 + 1)),
                module.interpretedFunctions());
        var instance = module.instantiate();
        assertEquals(40_000L, instance.function("big").call()[0]);
        assertEquals(7L, instance.function("small").call()[0]);

        var cached = CoreEngine.create(Optional.of(dir)).compile(wasm);
        assertEquals(CompileSource.DISK_CACHE, cached.compileSource());
        assertEquals(module.interpretedFunctions(), cached.interpretedFunctions());
        assertEquals(40_000L, cached.instantiate().function("big").call()[0]);
    }
}
