package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A core instance's exports: one object per exported item, whichever name and accessor reaches it. */
class EndiveInstanceExportsTest {
    private static CoreModule aliases;

    @BeforeAll
    static void compile() throws Exception {
        aliases = TestModules.memoryOnlyEngine().compile(TestModules.bytes("aliases"));
    }

    @Test
    void everyNameOfAnItemGivesTheSameObjectEveryTime() throws Exception {
        CoreInstance instance = aliases.instantiate();
        CoreExtern f = instance.export("f").orElseThrow();
        assertSame(f, instance.export("f").orElseThrow());
        assertSame(f, instance.export("f2").orElseThrow());
        assertSame(f, instance.function("f2"));
        assertSame(instance.export("tbl").orElseThrow(), instance.table("tbl2"));
        assertSame(instance.export("g").orElseThrow(), instance.global("g2"));
        assertSame(instance.export("mem").orElseThrow(), instance.memory("mem2"));
        assertEquals(List.of("mem", "mem2", "tbl", "tbl2", "g", "g2", "f", "f2"),
                List.copyOf(instance.exports().keySet()));
        assertSame(f, instance.exports().get("f2"));
        assertEquals(8L, instance.function("f2").call(7)[0]);
    }

    @Test
    void itemsOfTwoInstancesAreTheirOwn() throws Exception {
        CoreInstance a = aliases.instantiate();
        CoreInstance b = aliases.instantiate();
        assertTrue(a.export("f").orElseThrow() != b.export("f").orElseThrow());
        a.global("g").set(9);
        assertEquals(9L, a.global("g2").get());
        assertEquals(5L, b.global("g").get());
    }

    @Test
    void anUnknownNameIsNoExport() throws Exception {
        CoreInstance instance = aliases.instantiate();
        assertTrue(instance.export("nope").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> instance.function("nope"));
        assertThrows(IllegalArgumentException.class, () -> instance.function("g"));
    }
}
