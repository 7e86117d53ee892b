package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.InstantiationException;
import dev.weft.error.LinkException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fresh instance's globals and element segments as the core spec defines them, now that their constant
 * initializers are evaluated once per module ({@link ConstantGlobals}, {@link ConstantElements}) instead of per
 * instance: values of every number type, null and non-null function references, per-instance mutable globals,
 * the Endive path for a non-constant initializer, and an element segment into an imported table that runs off its
 * end (instantiation fails, the segments before it stay written).
 */
class ConstantInitTest {
    private static CoreModule constants;
    private static CoreModule imported;
    private static CoreModule owner;
    private static CoreModule overflow;

    @BeforeAll
    static void compile() throws Exception {
        var engine = TestModules.memoryOnlyEngine();
        constants = engine.compile(TestModules.bytes("const_init"));
        imported = engine.compile(TestModules.bytes("const_init_imported"));
        owner = engine.compile(TestModules.bytes("indirect_owner"));
        overflow = engine.compile(TestModules.bytes("elem_overflow"));
    }

    @Test
    void constantGlobalsHaveTheirInitialValues() throws Exception {
        CoreInstance instance = constants.instantiate();
        assertEquals(-7, (int) instance.function("i32").call()[0]);
        assertEquals(0x123456789abcdef0L, instance.function("i64").call()[0]);
        assertEquals(1.5f, Float.intBitsToFloat((int) instance.function("f32").call()[0]));
        assertEquals(-2.25, Double.longBitsToDouble(instance.function("f64").call()[0]));
        assertEquals(1, instance.function("null_is_null").call()[0]);
        assertEquals(0, instance.function("fn_is_null").call()[0]);
        assertEquals(42, instance.function("call_slot").call(1, 41)[0]);
    }

    @Test
    void eachInstanceHasItsOwnMutableGlobals() throws Exception {
        CoreInstance a = constants.instantiate();
        CoreInstance b = constants.instantiate();
        assertEquals(101, a.function("bump").call()[0]);
        assertEquals(102, a.function("bump").call()[0]);
        assertEquals(101, b.function("bump").call()[0]);
        b.global("counter").set(7);
        assertEquals(102, a.global("counter").get());
        assertEquals(100, constants.instantiate().global("counter").get());
    }

    @Test
    void anInitializerReadingAnImportedGlobalSeesItsValue() throws Exception {
        for (long base : new long[] {5, -1}) {
            var global = HostExterns.global(new CoreGlobalType(CoreValType.I32, false), base);
            CoreInstance instance = imported.instantiate(CoreImports.builder().extern("env", "base", global).build());
            assertEquals(base, (int) instance.function("derived").call()[0]);
        }
    }

    @Test
    void aSegmentPastTheEndOfAnImportedTableFailsAfterTheEarlierOnes() throws Exception {
        CoreInstance o = owner.instantiate();
        Exception failed = assertThrows(Exception.class,
                () -> overflow.instantiate(CoreImports.builder().instance("o", o).build()));
        assertTrue(failed instanceof InstantiationException || failed instanceof LinkException, failed.toString());
        assertTrue(failed.getMessage().contains("out of bounds table access"), failed.getMessage());
        assertEquals(42L, o.function("call_ii").call(0, 21)[0]);
    }
}
