package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import run.endive.runtime.Memory;
import run.endive.runtime.WasmRuntimeException;
import run.endive.wasm.types.MemoryLimits;

/**
 * The spec's bounds rule for every access width: an access of n bytes at address a traps exactly when a + n
 * exceeds the memory size (a read as a u32, so "negative" ints are far out of bounds), whether or not the access
 * crosses a copy-on-write chunk, and a trapping store writes nothing. Checked at the end of the memory, after a
 * grow, and across a chunk edge inside the memory (where nothing may trap).
 */
class PagedMemoryBoundsTest {
    private static final int PAGE = Memory.PAGE_SIZE;
    private static final int CHUNK = PagedMemory.CHUNK_SIZE;

    private record Width(int bytes, IntConsumer read, IntConsumer write) {}

    private static List<Width> widths(Memory m) {
        return List.of(
                new Width(1, a -> m.read(a), a -> m.writeByte(a, (byte) 0x5A)),
                new Width(2, a -> m.readShort(a), a -> m.writeShort(a, (short) 0x5A5A)),
                new Width(4, a -> m.readInt(a), a -> m.writeI32(a, 0x5A5A5A5A)),
                new Width(4, a -> m.readFloat(a), a -> m.writeF32(a, 1.5f)),
                new Width(8, a -> m.readLong(a), a -> m.writeLong(a, 0x5A5A5A5A5A5A5A5AL)),
                new Width(8, a -> m.readDouble(a), a -> m.writeF64(a, 2.5)));
    }

    private static void assertTraps(Runnable access, String what) {
        var e = assertThrows(WasmRuntimeException.class, access::run, what);
        assertTrue(e.getMessage().startsWith("out of bounds memory access"), what + ": " + e.getMessage());
    }

    private static void checkEdge(Memory m, int size) {
        for (Width w : widths(m)) {
            int last = size - w.bytes();
            w.read().accept(last);
            w.write().accept(last);
            for (int past = last + 1; past <= size; past++) {
                int a = past;
                String what = w.bytes() + "-byte access at " + a + " of " + size;
                assertTraps(() -> w.read().accept(a), "read " + what);
                byte[] before = m.readBytes(size - 8, 8);
                assertTraps(() -> w.write().accept(a), "write " + what);
                assertArrayEquals(before, m.readBytes(size - 8, 8), "a trapping " + what + " wrote nothing");
            }
            for (int far : new int[] {-1, -w.bytes(), Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                assertTraps(() -> w.read().accept(far), "read of " + w.bytes() + " at u32 "
                        + Integer.toUnsignedLong(far));
                assertTraps(() -> w.write().accept(far), "write of " + w.bytes() + " at u32 "
                        + Integer.toUnsignedLong(far));
            }
        }
    }

    @Test
    void everyWidthTrapsExactlyPastTheEnd() {
        var m = new PagedMemory(new MemoryLimits(1, 3), null);
        checkEdge(m, PAGE);
        assertEquals(1, m.grow(1));
        checkEdge(m, 2 * PAGE);
        assertEquals(2.5, m.readDouble(PAGE - 8), "the last store at the old end is kept by the grow");
        assertEquals(2.5, m.readDouble(2 * PAGE - 8));
    }

    @Test
    void accessesAcrossEveryChunkEdgeOffsetDoNotTrapAndRoundTrip() {
        var m = new PagedMemory(new MemoryLimits(1, 1), null);
        for (int back = 1; back < 8; back++) {
            int a = 3 * CHUNK - back;
            m.writeLong(a, 0x0102030405060708L + back);
            assertEquals(0x0102030405060708L + back, m.readLong(a), "i64 at chunk edge - " + back);
            m.writeI32(a, 0x11223344 + back);
            assertEquals(0x11223344 + back, m.readInt(a), "i32 at chunk edge - " + back);
            m.writeShort(a, (short) (0x7788 + back));
            assertEquals((short) (0x7788 + back), m.readShort(a), "i16 at chunk edge - " + back);
            m.writeF64(a, back + 0.25);
            assertEquals(back + 0.25, m.readDouble(a), "f64 at chunk edge - " + back);
            m.writeF32(a, back + 0.5f);
            assertEquals(back + 0.5f, m.readFloat(a), "f32 at chunk edge - " + back);
        }
        m.writeI32(CHUNK - 2, 0xA1B2C3D4);
        assertArrayEquals(new byte[] {(byte) 0xD4, (byte) 0xC3, (byte) 0xB2, (byte) 0xA1}, m.readBytes(CHUNK - 2, 4),
                "little-endian across the edge");
    }
}
