package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import run.endive.runtime.ByteArrayMemory;
import run.endive.runtime.Memory;
import run.endive.runtime.WasmRuntimeException;
import run.endive.wasm.UninstantiableException;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.PassiveDataSegment;

/**
 * {@link FlatMemory} against Endive's {@link ByteArrayMemory} (the reference for values, traps and their messages)
 * and {@link PagedMemory} (the same image, the same isolation between instances), including the pages past the
 * array, which tests reach by making the array hold only a few pages.
 */
class FlatMemoryTest {
    private static final int PAGE = Memory.PAGE_SIZE;

    private static FlatMemory fresh(MemoryImage image, MemoryLimits limits, int flatPages) {
        return new FlatMemory(limits, image, CoreStore.unlimited(), flatPages);
    }

    private static List<Consumer<Memory>> accesses(int a) {
        return List.of(m -> m.read(a), m -> m.readShort(a), m -> m.readInt(a), m -> m.readLong(a),
                m -> m.readFloat(a), m -> m.readDouble(a), m -> m.writeByte(a, (byte) 1),
                m -> m.writeShort(a, (short) 1), m -> m.writeI32(a, 1), m -> m.writeLong(a, 1),
                m -> m.writeF32(a, 1f), m -> m.writeF64(a, 1d));
    }

    @Test
    void trapsAsByteArrayMemoryDoesWithTheSameMessages() {
        var limits = new MemoryLimits(1, 2);
        var flat = fresh(null, limits, FlatMemory.FLAT_PAGES);
        var reference = new ByteArrayMemory(limits);
        // (not across a 64 KiB edge, where ByteArrayMemory reports the byte that is out, flat the whole access)
        for (int a : new int[] {PAGE, PAGE + 3, -8, Integer.MIN_VALUE, 3 * PAGE}) {
            for (var access : accesses(a)) {
                var expected = assertThrows(WasmRuntimeException.class, () -> access.accept(reference));
                var actual = assertThrows(WasmRuntimeException.class, () -> access.accept(flat));
                assertEquals(expected.getMessage(), actual.getMessage(), "at " + a);
            }
        }
        for (int a : new int[] {-1, Integer.MAX_VALUE}) {
            for (var access : accesses(a)) {
                var e = assertThrows(WasmRuntimeException.class, () -> access.accept(flat));
                assertTrue(e.getMessage().startsWith("out of bounds memory access: attempted to access address: "
                        + a + " but limit is: " + PAGE + " and size: "), e.getMessage());
            }
        }
        var straddling = assertThrows(WasmRuntimeException.class, () -> flat.readLong(PAGE - 1));
        assertEquals("out of bounds memory access: attempted to access address: " + (PAGE - 1)
                + " but limit is: " + PAGE + " and size: 8", straddling.getMessage());
        assertEquals(0, flat.readLong(PAGE - 8), "no trapping store wrote anything");
        var reads = assertThrows(WasmRuntimeException.class, () -> flat.readBytes(PAGE - 2, 3));
        assertEquals(assertThrows(WasmRuntimeException.class, () -> reference.readBytes(PAGE - 2, 3)).getMessage(),
                reads.getMessage());
    }

    @Test
    void startsAsTheImageAndKeepsEachInstancesWritesToItself() {
        byte[] data = new byte[3 * PagedMemory.CHUNK_SIZE + 5];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (31 * i + 3);
        }
        var module = PagedMemoryTest.module(PagedMemoryTest.segment(PAGE - 7, data),
                new PassiveDataSegment(new byte[] {4, 5, 6}));
        var limits = new MemoryLimits(2, 3);
        var image = MemoryImage.of(module, limits, 0).orElseThrow();
        var a = fresh(image, limits, FlatMemory.FLAT_PAGES);
        var b = fresh(image, limits, FlatMemory.FLAT_PAGES);
        a.initialize(null, module.dataSection().dataSegments(), 0);
        b.initialize(null, module.dataSection().dataSegments(), 0);
        var paged = PagedMemoryTest.fresh(module, limits);
        assertArrayEquals(paged.readBytes(0, 2 * PAGE), a.readBytes(0, 2 * PAGE), "the same content as paged");
        a.writeLong(PAGE - 4, -1L);
        a.initPassiveSegment(1, 10, 1, 2);
        a.drop(1);
        assertEquals(-1L, a.readLong(PAGE - 4));
        assertArrayEquals(new byte[] {5, 6}, a.readBytes(10, 2));
        assertArrayEquals(paged.readBytes(PAGE - 4, 8), b.readBytes(PAGE - 4, 8), "b does not see a's store");
        b.initPassiveSegment(1, 10, 0, 3);
        assertArrayEquals(new byte[] {4, 5, 6}, b.readBytes(10, 3), "a's drop does not reach b");
        a.zero();
        assertArrayEquals(new byte[2 * PAGE], a.readBytes(0, 2 * PAGE));
    }

    @Test
    void aSegmentThatDoesNotFitFailsInstantiation() {
        var module = PagedMemoryTest.module(PagedMemoryTest.segment(PAGE - 1, (byte) 1, (byte) 2));
        var memory = fresh(null, new MemoryLimits(1, 1), FlatMemory.FLAT_PAGES);
        assertThrows(UninstantiableException.class,
                () -> memory.initialize(null, module.dataSection().dataSegments(), 0));
    }

    @Test
    void growsUpToTheMaximumAndCountsAgainstTheBudget() {
        var store = new CoreStore(3L * PAGE, Integer.MAX_VALUE);
        store.reserveInitial(1);
        var m = new FlatMemory(new MemoryLimits(1, 5), null, store);
        m.writeI32(PAGE - 4, 77);
        assertEquals(1, m.grow(2));
        assertEquals(77, m.readInt(PAGE - 4), "the content survives the grow");
        assertEquals(0, m.readLong(3 * PAGE - 8));
        assertEquals(-1, m.grow(1), "past the 3-page budget");
        assertEquals(3, m.pages());
        assertEquals(-1, new FlatMemory(new MemoryLimits(1, 2), null, CoreStore.unlimited()).grow(2),
                "past the maximum");
    }

    @Test
    void pagesPastTheArrayBehaveLikeTheRest() {
        var m = fresh(null, new MemoryLimits(1, 6), 2);
        var reference = new ByteArrayMemory(new MemoryLimits(1, 6));
        assertEquals(1, m.grow(3));
        assertEquals(1, reference.grow(3));
        int edge = 2 * PAGE;
        for (int a = edge - 9; a < edge + 9; a++) {
            m.writeLong(a, 0x0102030405060708L * (a - edge + 11));
            reference.writeLong(a, 0x0102030405060708L * (a - edge + 11));
        }
        m.writeF64(3 * PAGE + 5, 2.5);
        reference.writeF64(3 * PAGE + 5, 2.5);
        m.fill((byte) 9, edge - 3, edge + 3);
        reference.fill((byte) 9, edge - 3, edge + 3);
        m.copy(edge - 20, edge - 30, 40);
        reference.copy(edge - 20, edge - 30, 40);
        m.copy(4 * PAGE - 100, edge - 50, 100);
        reference.copy(4 * PAGE - 100, edge - 50, 100);
        assertArrayEquals(reference.readBytes(0, 4 * PAGE), m.readBytes(0, 4 * PAGE));
        assertEquals(reference.readInt(edge - 2), m.readInt(edge - 2), "a load across the array's end");
        byte[] unsigned = new byte[16];
        m.readAt(edge - 8, unsigned, 0, 16);
        assertArrayEquals(reference.readBytes(edge - 8, 16), unsigned);
        var trap = assertThrows(WasmRuntimeException.class, () -> m.readInt(4 * PAGE - 2));
        assertEquals(assertThrows(WasmRuntimeException.class, () -> reference.readInt(4 * PAGE)).getMessage()
                .replace("address: " + 4 * PAGE, "address: " + (4 * PAGE - 2)), trap.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> m.readAt(4L * PAGE - 1, new byte[2], 0, 2));
    }

    @Test
    void hostAccessSeesTheStorageBehindAView() {
        var m = MemoryView.create(new MemoryLimits(1, 1), null, CoreStore.unlimited());
        var view = MemoryView.sharing(m);
        view.writeI32(100, 0x01020304);
        assertEquals(0x01020304, m.readInt(100));
        assertInstanceOf(UnsignedAccess.class, view.unsigned());
    }

    @Test
    void aFlatMemoryIsMadeForItsKindAndTakesAnImportersSegments() {
        var store = new CoreStore(2L * PAGE, Integer.MAX_VALUE);
        var memory = MemoryView.create(new MemoryLimits(1, 4), null, store, MemoryKind.FLAT);
        assertInstanceOf(FlatMemory.class, memory);
        assertEquals(PAGE, store.memoryBytes(), "the initial page is reserved");
        assertEquals(1, memory.grow(1));
        assertEquals(-1, memory.grow(1), "the budget holds two pages");
        var importer = PagedMemoryTest.module(PagedMemoryTest.segment(8, (byte) 1, (byte) 2),
                new PassiveDataSegment(new byte[] {7}));
        var view = MemoryView.sharing(memory);
        view.initialize(null, importer.dataSection().dataSegments(), 0);
        assertEquals(0x0201, memory.readShort(8), "the importer's active segment is applied");
        view.initPassiveSegment(1, 20, 0, 1);
        assertEquals(7, memory.read(20), "with the importer's own passive segment");
        assertInstanceOf(PagedMemory.class, MemoryView.create(new MemoryLimits(1, 1), null, CoreStore.unlimited(),
                MemoryKind.PAGED));
        assertInstanceOf(MemoryView.class, MemoryView.create(new MemoryLimits(1, 1, true), null,
                CoreStore.unlimited(), MemoryKind.FLAT), "a shared memory stays Endive's, behind a view");
    }

    @Test
    void thePropertyNamesAKind() {
        assertEquals(MemoryKind.FLAT, MemoryKind.parse("FLAT"));
        assertEquals(MemoryKind.PAGED, MemoryKind.parse("paged"));
        var e = assertThrows(IllegalArgumentException.class, () -> MemoryKind.parse("flag"));
        assertEquals("-Dweft.memory=flag: expected auto, paged or flat", e.getMessage());
    }
}
