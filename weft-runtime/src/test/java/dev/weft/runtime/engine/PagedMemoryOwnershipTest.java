package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import run.endive.runtime.Memory;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.ActiveDataSegment;
import run.endive.wasm.types.DataSection;
import run.endive.wasm.types.DataSegment;
import run.endive.wasm.types.Instruction;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.OpCode;
import run.endive.wasm.types.PassiveDataSegment;

/**
 * Who holds which memory object: the defining instance gets the {@link PagedMemory} itself (so guest loads and
 * stores make one interface call), importers get a {@link MemoryView} over it, growth is counted once against the
 * defining instance's budget whichever instance grows, and the copy-on-write work is counted.
 */
class PagedMemoryOwnershipTest {
    private static final int PAGE = Memory.PAGE_SIZE;

    private static ActiveDataSegment segment(int offset, byte... data) {
        return new ActiveDataSegment(0, List.of(new Instruction(0, OpCode.I32_CONST, new long[] {offset}),
                new Instruction(0, OpCode.END, Instruction.EMPTY_OPERANDS)), data);
    }

    private static WasmModule module(DataSegment... segments) {
        var data = DataSection.builder();
        for (DataSegment s : segments) {
            data.addDataSegment(s);
        }
        return WasmModule.builder().withValidation(false).setDataSection(data.build()).build();
    }

    @Test
    void theDefiningInstanceHoldsThePagedMemoryAndSharedMemoriesStayEndives() {
        assertInstanceOf(PagedMemory.class, MemoryView.create(new MemoryLimits(1, 2), null, CoreStore.unlimited()));
        assertInstanceOf(MemoryView.class,
                MemoryView.create(new MemoryLimits(1, 2, true), null, CoreStore.unlimited()));
        assertInstanceOf(MemoryView.class, MemoryView.sharing(new PagedMemory(new MemoryLimits(1, 2), null)));
    }

    @Test
    void growthIsCountedOnceAgainstTheDefinersBudgetWhoeverGrows() {
        var store = new CoreStore(4L * PAGE, 1000);
        Memory owner = MemoryView.create(new MemoryLimits(1, 10), null, store);
        Memory importer = MemoryView.sharing(owner);
        assertEquals(PAGE, store.memoryBytes());
        assertEquals(1, owner.grow(1));
        assertEquals(2, importer.grow(1), "the importer grows the same storage");
        assertEquals(3L * PAGE, store.memoryBytes(), "each page counted once");
        assertEquals(-1, importer.grow(2), "5 pages do not fit a 4-page budget");
        assertEquals(-1, owner.grow(2));
        assertEquals(3, owner.pages());
        assertEquals(3, importer.pages());
        assertEquals(3, owner.grow(1));
        assertEquals(4L * PAGE, store.memoryBytes());
        assertEquals(4, owner.grow(0), "grow(0) answers the size without reserving");
        assertEquals(4L * PAGE, store.memoryBytes());
    }

    @Test
    void aRefusedGrowBeyondTheDeclaredMaximumReservesNothing() {
        var store = new CoreStore(100L * PAGE, 1000);
        Memory memory = MemoryView.create(new MemoryLimits(1, 2), null, store);
        assertEquals(-1, memory.grow(2));
        assertEquals(PAGE, store.memoryBytes());
        assertEquals(1, memory.grow(1));
        assertEquals(2L * PAGE, store.memoryBytes());
    }

    @Test
    void anImportersSegmentsLeaveTheDefinersPassiveSegmentsAlone() {
        var ownerModule = module(new PassiveDataSegment(new byte[] {1, 2, 3}));
        var importerModule = module(segment(200, (byte) 9), new PassiveDataSegment(new byte[] {7, 7}));
        Memory owner = MemoryView.create(new MemoryLimits(1, 1), null, CoreStore.unlimited());
        owner.initialize(null, ownerModule.dataSection().dataSegments(), 0);
        Memory importer = MemoryView.sharing(owner);
        importer.initialize(null, importerModule.dataSection().dataSegments(), 0);
        assertEquals(9, owner.read(200), "the importer's active segment lands in the shared storage");
        owner.initPassiveSegment(0, 10, 0, 3);
        assertArrayEquals(new byte[] {1, 2, 3}, owner.readBytes(10, 3), "the owner's own passive segment");
        importer.initPassiveSegment(1, 20, 0, 2);
        assertArrayEquals(new byte[] {7, 7}, owner.readBytes(20, 2), "the importer's passive segment");
    }

    @Test
    void copyOnWriteWorkIsCountedOncePerChunk() {
        var module = module(segment(10, (byte) 1, (byte) 2, (byte) 3));
        var limits = new MemoryLimits(2, 2);
        var image = MemoryImage.of(module, limits, 0).orElseThrow();
        var memory = new PagedMemory(limits, image);
        memory.initialize(null, module.dataSection().dataSegments(), 0);
        long copied = PagedMemoryStats.imageChunksCopied();
        long zeros = PagedMemoryStats.zeroChunksAllocated();
        assertEquals(0x030201, memory.readInt(10) & 0xFFFFFF, "reads copy nothing");
        assertEquals(copied, PagedMemoryStats.imageChunksCopied());
        memory.writeByte(11, (byte) 5);
        memory.writeI32(100, 42);
        assertEquals(copied + 1, PagedMemoryStats.imageChunksCopied(), "one image chunk copied, once");
        assertEquals(zeros, PagedMemoryStats.zeroChunksAllocated());
        memory.writeLong(PAGE + 8, 1);
        memory.writeLong(PAGE + 16, 2);
        assertEquals(zeros + 1, PagedMemoryStats.zeroChunksAllocated(), "one zero chunk allocated, once");
        assertEquals(copied + 1, PagedMemoryStats.imageChunksCopied());
        assertEquals(5, memory.read(11));
    }
}
