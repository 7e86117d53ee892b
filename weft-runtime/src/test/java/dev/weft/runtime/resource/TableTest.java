package dev.weft.runtime.resource;

import dev.weft.error.Trap;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableTest {
    @Test
    void indexZeroIsReservedAndFreedSlotsAreReusedLastInFirstOut() throws Trap {
        Table<String> t = new Table<>("test");
        assertEquals(1, t.add("a"));
        assertEquals(2, t.add("b"));
        assertEquals(3, t.add("c"));
        assertTrue(assertThrows(Trap.class, () -> t.get(0)).getMessage().contains("index 0 is empty"));
        assertEquals("b", t.remove(2));
        assertEquals("a", t.remove(1));
        assertEquals(1, t.add("d")); // free list pops the most recently freed
        assertEquals(2, t.add("e"));
        assertEquals(4, t.add("f"));
        assertEquals(4, t.liveCount());
    }

    @Test
    void outOfRangeAndEmptySlotsTrap() throws Trap {
        Table<String> t = new Table<>("test");
        t.add("a");
        assertTrue(assertThrows(Trap.class, () -> t.get(2)).getMessage().contains("out of bounds"));
        assertTrue(assertThrows(Trap.class, () -> t.get(-1)).getMessage().contains("4294967295 out of bounds"));
        t.remove(1);
        assertTrue(assertThrows(Trap.class, () -> t.remove(1)).getMessage().contains("is empty"));
    }

    @Test
    void aLimitCountsLiveElementsSoFreedSlotsCanBeReused() throws Trap {
        Table<String> t = new Table<>("capped", 2);
        t.add("a");
        int b = t.add("b");
        Trap full = assertThrows(Trap.class, () -> t.add("c"));
        assertEquals(dev.weft.error.TrapKind.HANDLE_LIMIT, full.kind());
        assertTrue(full.getMessage().contains("capped"), full.getMessage());
        t.remove(b);
        assertEquals(b, t.add("c"));
        assertEquals(2, t.liveCount());
    }
}
