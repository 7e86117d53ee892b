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

    @Test
    void manyFreedSlotsAreReusedLastFreedFirstAndCountedOnce() throws Trap {
        Table<Integer> t = new Table<>("many");
        for (int i = 1; i <= 20; i++) {
            assertEquals(i, t.add(i));
        }
        for (int i = 3; i <= 17; i += 2) { // frees 3, 5, ..., 17: eight slots, past the free list's first size
            assertEquals(i, t.remove(i));
        }
        assertEquals(12, t.liveCount());
        for (int i = 17; i >= 3; i -= 2) {
            assertEquals(i, t.add(100 + i));
        }
        assertEquals(21, t.add(0));
        assertEquals(21, t.liveCount());
        assertEquals(117, t.get(17));
    }

    @Test
    void aTableNamedInTwoPartsNamesBothInItsTraps() throws Trap {
        Table<String> t = new Table<>("instance#7", " handle", 1);
        assertEquals("instance#7 handle table: index 3 out of bounds (length 1)",
                assertThrows(Trap.class, () -> t.get(3)).getMessage());
        t.add("a");
        assertEquals("instance#7 handle table: holds 1 elements, the instance's limit",
                assertThrows(Trap.class, () -> t.add("b")).getMessage());
    }
}
