package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One core instance importing another's memory, table, global and function, as components wire them. */
class CoreSharingTest {
    private static CoreModule provider;
    private static CoreModule consumer;

    @BeforeAll
    static void compile() throws Exception {
        var engine = TestModules.memoryOnlyEngine();
        provider = engine.compile(TestModules.bytes("provider"));
        consumer = engine.compile(TestModules.bytes("consumer"));
    }

    private static CoreInstance consumerOf(CoreInstance p) throws Exception {
        return consumer.instantiate(CoreImports.builder().instance("p", p).build());
    }

    @Test
    void memoryIsShared() throws Exception {
        var p = provider.instantiate();
        var c1 = consumerOf(p);
        var c2 = consumerOf(p);
        c1.function("poke").call(8, 42);
        assertEquals(42L, p.function("peek").call(8)[0]);
        assertEquals(42, p.memory("mem").readInt(8));
        c2.function("poke").call(12, 7);
        assertEquals(7L, p.function("peek").call(12)[0]);
        assertEquals(1L, c2.function("grow_shared").call(1)[0]);
        assertEquals(2, p.memory("mem").pages());
    }

    @Test
    void tableAndItsFunctionsAreShared() throws Exception {
        var p = provider.instantiate();
        var c = consumerOf(p);
        assertEquals(10L, c.function("call_slot").call(0, 5)[0]);
        assertEquals(15L, c.function("call_slot").call(1, 5)[0]);
        var table = p.table("tbl");
        assertEquals(12L, table.function(1).orElseThrow().call(4)[0]);
        assertTrue(table.function(2).isEmpty());
        Trap uninitialised = assertThrows(Trap.class, () -> c.function("call_slot").call(2, 1));
        assertTrue(uninitialised.getMessage().contains("uninitialized") || uninitialised.getMessage().contains("null"),
                uninitialised.getMessage());
        table.setFunction(2, p.function("double"));
        assertEquals(42L, c.function("call_slot").call(2, 21)[0]);
        assertThrows(Trap.class, () -> table.function(4));
    }

    @Test
    void mutableGlobalIsShared() throws Exception {
        var p = provider.instantiate();
        var c = consumerOf(p);
        c.function("add_counter").call(5);
        assertEquals(12L, p.global("counter").get());
        assertEquals(13L, p.function("bump").call()[0]);
        p.global("counter").set(100);
        c.function("add_counter").call(1);
        assertEquals(102L, p.function("bump").call()[0]);
    }

    @Test
    void importedFunctionCallsIntoTheProvider() throws Exception {
        var c = consumerOf(provider.instantiate());
        assertEquals(12L, c.function("quad").call(3)[0]);
    }

    @Test
    void exportsHandOutTheSameImportedObjects() throws Exception {
        var p = provider.instantiate();
        var mem = p.memory("mem");
        var imports = CoreImports.builder().instance("p", p).build();
        var c = consumer.instantiate(imports);
        assertSame(mem, p.exports().get("mem"));
        assertEquals(List.of("poke", "call_slot", "add_counter", "quad", "grow_shared"),
                List.copyOf(c.exports().keySet()));
    }

    @Test
    void tableGrowthStaysInItsInstance() throws Exception {
        var a = provider.instantiate();
        assertEquals(4L, a.function("grow_table").call(3)[0]);
        assertEquals(7L, a.function("table_size").call()[0]);
        var b = provider.instantiate();
        assertEquals(4L, b.function("table_size").call()[0]);
        assertEquals(4, b.table("tbl").size());
    }

    @Test
    void hostCreatedExternsCanBeImported() throws Exception {
        var memory = HostExterns.memory(CoreMemoryType.of(1, 2));
        var table = HostExterns.table(new CoreTableType(CoreValType.FUNCREF, 2, OptionalLong.empty()));
        var counter = HostExterns.global(new CoreGlobalType(CoreValType.I32, true), 40);
        var unary = new CoreFuncType(List.of(CoreValType.I32), List.of(CoreValType.I32));
        var c = consumer.instantiate(CoreImports.builder()
                .extern("p", "mem", memory)
                .extern("p", "tbl", table)
                .extern("p", "counter", counter)
                .function("p", "double", unary, (caller, args) -> new long[] {args[0] * 2})
                .build());
        c.function("poke").call(0, 99);
        assertEquals(99, memory.readInt(0));
        c.function("add_counter").call(2);
        assertEquals(42L, counter.get());
        assertEquals(20L, c.function("quad").call(5)[0]);
        assertThrows(Trap.class, () -> c.function("call_slot").call(0, 1));
    }

    @Test
    void tooSmallMemoryOrWrongGlobalIsALinkError() {
        var unary = new CoreFuncType(List.of(CoreValType.I32), List.of(CoreValType.I32));
        var table = HostExterns.table(new CoreTableType(CoreValType.FUNCREF, 2, OptionalLong.empty()));
        var base = CoreImports.builder()
                .extern("p", "mem", HostExterns.memory(CoreMemoryType.of(1)))
                .extern("p", "tbl", table)
                .extern("p", "counter", HostExterns.global(new CoreGlobalType(CoreValType.I32, true), 0))
                .function("p", "double", unary, (caller, args) -> args)
                .build();
        var smallTable = CoreImports.builder().all(base)
                .extern("p", "tbl", HostExterns.table(new CoreTableType(CoreValType.FUNCREF, 1, OptionalLong.empty())))
                .build();
        var e = assertThrows(LinkException.class, () -> consumer.instantiate(smallTable));
        assertTrue(e.getMessage().contains("p.tbl"), e.getMessage());
        var constGlobal = CoreImports.builder().all(base)
                .extern("p", "counter", HostExterns.global(new CoreGlobalType(CoreValType.I32, false), 0))
                .build();
        assertThrows(LinkException.class, () -> consumer.instantiate(constGlobal));
    }
}
