package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical core function types: equal types made by module layouts and plans are one object. */
class CoreFuncTypeCanonicalTest {
    @Test
    void equalTypesShareOneCanonicalObjectAndDifferentOnesDoNot() {
        CoreFuncType a = CoreFuncType.of(List.of(CoreValType.I32, CoreValType.I64), List.of(CoreValType.F32));
        CoreFuncType b = CoreFuncType.of(List.of(CoreValType.I32, CoreValType.I64), List.of(CoreValType.F32));
        assertNotSame(a, b);
        assertSame(CoreFuncType.canonical(a), CoreFuncType.canonical(b));
        assertEquals(a, CoreFuncType.canonical(b));
        CoreFuncType other = CoreFuncType.of(List.of(CoreValType.I32), List.of(CoreValType.F32));
        assertNotSame(CoreFuncType.canonical(a), CoreFuncType.canonical(other));
    }

    @Test
    void aCompiledModuleDescribesItsFunctionsWithCanonicalTypes() throws Exception {
        CoreModule host = TestModules.memoryOnlyEngine().compile(TestModules.bytes("host"));
        CoreFuncType add3 = (CoreFuncType) host.imports().get(0).type();
        assertEquals("(func (param i32 i32 i32) (result i32))", add3.toString());
        assertSame(CoreFuncType.canonical(CoreFuncType.of(List.of(CoreValType.I32, CoreValType.I32, CoreValType.I32),
                List.of(CoreValType.I32))), add3);
        CoreInstance instance = host.instantiate(CoreImports.builder()
                .function("env", "add3", add3, (caller, args) -> new long[] {args[0] + args[1] + args[2]})
                .function("env", "log", (CoreFuncType) host.imports().get(1).type(), (caller, args) -> null)
                .function("env", "fail", (CoreFuncType) host.imports().get(2).type(), (caller, args) -> null)
                .build());
        assertEquals(3, instance.module().imports().size());
    }
}
