package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import run.endive.runtime.Memory;
import run.endive.runtime.WasmRuntimeException;
import run.endive.wasm.UninstantiableException;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.ActiveDataSegment;
import run.endive.wasm.types.DataSection;
import run.endive.wasm.types.DataSegment;
import run.endive.wasm.types.Instruction;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.OpCode;
import run.endive.wasm.types.PassiveDataSegment;

/**
 * Copy-on-write memories made from one image: every instance sees the data segments, and a write by one instance
 * is never seen by another or by the image. Bounds behave as in Endive's ByteArrayMemory (the spec's traps).
 */
class PagedMemoryTest {
    private static final int PAGE = Memory.PAGE_SIZE;

    static ActiveDataSegment segment(int offset, byte... data) {
        return new ActiveDataSegment(0, List.of(new Instruction(0, OpCode.I32_CONST, new long[] {offset}),
                new Instruction(0, OpCode.END, Instruction.EMPTY_OPERANDS)), data);
    }

    static WasmModule module(DataSegment... segments) {
        var data = DataSection.builder();
        for (DataSegment s : segments) {
            data.addDataSegment(s);
        }
        return WasmModule.builder().withValidation(false).setDataSection(data.build()).build();
    }

    static PagedMemory fresh(WasmModule module, MemoryLimits limits) {
        var image = MemoryImage.of(module, limits, 0).orElseThrow();
        var memory = new PagedMemory(limits, image);
        memory.zero();
        memory.initialize(null, module.dataSection().dataSegments(), 0);
        return memory;
    }

    @Test
    void instancesShareTheImageButNotTheirWrites() {
        var module = module(segment(10, (byte) 1, (byte) 2, (byte) 3), segment(PAGE - 1, (byte) 7, (byte) 8));
        var limits = new MemoryLimits(2, 4);
        var a = fresh(module, limits);
        var b = fresh(module, limits);
        assertArrayEquals(new byte[] {1, 2, 3}, a.readBytes(10, 3));
        assertEquals((short) 0x0807, b.readShort(PAGE - 1), "segment across the page boundary");
        a.writeI32(10, 0x11223344);
        a.writeLong(PAGE - 4, -1L);
        assertEquals(0x11223344, a.readInt(10));
        assertArrayEquals(new byte[] {1, 2, 3}, b.readBytes(10, 3), "b still sees the image");
        assertEquals((short) 0x0807, b.readShort(PAGE - 1));
        var c = fresh(module, limits);
        assertArrayEquals(new byte[] {1, 2, 3}, c.readBytes(10, 3), "the image itself is unchanged");
        assertEquals(0, c.readLong(PAGE + 8));
    }

    @Test
    void copyFillAndZeroAcrossPages() {
        var module = module(segment(PAGE - 2, (byte) 5, (byte) 6, (byte) 7, (byte) 8));
        var a = fresh(module, new MemoryLimits(3, 3));
        a.copy(2 * PAGE + 100, PAGE - 2, 4);
        assertArrayEquals(new byte[] {5, 6, 7, 8}, a.readBytes(2 * PAGE + 100, 4));
        a.copy(PAGE - 1, PAGE - 2, 4); // overlapping, forward
        assertArrayEquals(new byte[] {5, 5, 6, 7, 8}, a.readBytes(PAGE - 2, 5));
        a.fill((byte) 9, PAGE - 3, PAGE + 3);
        assertArrayEquals(new byte[] {0, 9, 9, 9, 9, 9, 9, 0}, a.readBytes(PAGE - 4, 8));
        a.zero();
        assertArrayEquals(new byte[8], a.readBytes(PAGE - 4, 8));
        assertArrayEquals(new byte[] {5, 6, 7, 8}, fresh(module, new MemoryLimits(3, 3)).readBytes(PAGE - 2, 4));
    }

    @Test
    void growAddsZeroPagesUpToTheMaximum() {
        var a = new PagedMemory(new MemoryLimits(1, 3), null);
        assertEquals(1, a.grow(2));
        assertEquals(3, a.pages());
        assertEquals(0, a.readLong(3 * PAGE - 8));
        a.writeLong(3 * PAGE - 8, 42);
        assertEquals(42, a.readLong(3 * PAGE - 8));
        assertEquals(-1, a.grow(1));
        assertEquals(3, a.maximumPages());
    }

    @Test
    void outOfBoundsAccessesTrap() {
        var a = new PagedMemory(new MemoryLimits(1, 2), null);
        var read = assertThrows(WasmRuntimeException.class, () -> a.readInt(PAGE - 2));
        assertTrue(read.getMessage().startsWith("out of bounds memory access"), read.getMessage());
        assertThrows(WasmRuntimeException.class, () -> a.writeByte(PAGE, (byte) 1));
        assertThrows(WasmRuntimeException.class, () -> a.writeLong(-8, 1));
        assertThrows(WasmRuntimeException.class, () -> a.write(PAGE - 1, new byte[2], 0, 2));
        assertThrows(WasmRuntimeException.class, () -> a.fill((byte) 1, PAGE - 1, PAGE + 1));
        assertThrows(WasmRuntimeException.class, () -> a.copy(0, PAGE - 1, 2));
        assertEquals(0, a.read(PAGE - 1), "nothing was written by the failed accesses");
    }

    @Test
    void noImageWhenASegmentDoesNotFitAndInitialisationThenFails() {
        var module = module(segment(PAGE - 1, (byte) 1, (byte) 2));
        var limits = new MemoryLimits(1, 1);
        assertTrue(MemoryImage.of(module, limits, 0).isEmpty());
        var memory = new PagedMemory(limits, null);
        assertThrows(UninstantiableException.class,
                () -> memory.initialize(null, module.dataSection().dataSegments(), 0));
    }

    @Test
    void passiveSegmentsAreCopiedAndDroppedPerMemory() {
        var module = module(new PassiveDataSegment(new byte[] {4, 5, 6}), segment(0, (byte) 1));
        var a = fresh(module, new MemoryLimits(1, 1));
        a.initPassiveSegment(0, 100, 1, 2);
        assertArrayEquals(new byte[] {5, 6}, a.readBytes(100, 2));
        a.drop(0);
        var b = fresh(module, new MemoryLimits(1, 1));
        b.initPassiveSegment(0, 100, 0, 3);
        assertArrayEquals(new byte[] {4, 5, 6}, b.readBytes(100, 3), "a's drop does not reach b");
    }

    @Test
    void accessesAcrossCopyOnWriteChunksStayExactAndPrivate() {
        int chunk = PagedMemory.CHUNK_SIZE;
        var module = module(segment(chunk - 2, (byte) 9, (byte) 8, (byte) 7, (byte) 6));
        var a = fresh(module, new MemoryLimits(1, 1));
        var b = fresh(module, new MemoryLimits(1, 1));
        a.writeLong(chunk - 4, 0x0102030405060708L);
        assertEquals(0x0102030405060708L, a.readLong(chunk - 4));
        a.writeI32(2 * chunk - 1, 0x11223344);
        assertEquals(0x11223344, a.readInt(2 * chunk - 1));
        a.copy(3 * chunk - 3, chunk - 4, 8);
        assertEquals(0x0102030405060708L, a.readLong(3 * chunk - 3));
        assertArrayEquals(new byte[] {0, 0, 9, 8, 7, 6, 0}, b.readBytes(chunk - 4, 7),
                "b still sees the image where a wrote across a chunk boundary");
        assertEquals(0, b.readInt(2 * chunk - 1));
    }
}
