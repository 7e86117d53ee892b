package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.error.Trap;
import dev.weft.runtime.abi.CanonOptions;
import dev.weft.runtime.abi.CoreMemoryAccess;
import dev.weft.runtime.abi.LiftLowerContext;
import dev.weft.runtime.abi.StringCodec;
import dev.weft.runtime.abi.StringEncoding;
import dev.weft.runtime.abi.TypeLayouts;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.TaskScope;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import run.endive.runtime.Memory;
import run.endive.runtime.WasmRuntimeException;
import run.endive.wasm.types.MemoryLimits;

/**
 * Linear memories up to the wasm32 limit of 4 GiB (65536 pages): growing costs no heap until a page is written,
 * and the host (canonical ABI) reads and writes addresses at and above 2 GiB as unsigned 32-bit values. Each test
 * touches a handful of pages, so it runs in a small heap.
 */
class LargeMemoryTest {
    private static final long TWO_GIB = 1L << 31;
    private static final long HIGH = 0x9000_0010L;

    private static CoreMemory grownTo4GiB() {
        CoreMemory memory = HostExterns.memory(new CoreMemoryType(1, OptionalInt.empty(), false));
        assertEquals(1, memory.grow(65535), "grow returns the old size in pages");
        assertEquals(65536, memory.pages());
        assertEquals(1L << 32, memory.byteSize());
        return memory;
    }

    @Test
    void growsToTheWasm32LimitAndNoFurther() {
        CoreMemory memory = HostExterns.memory(new CoreMemoryType(1, OptionalInt.empty(), false));
        assertEquals(1, memory.grow(65530), "big-strings.wast grows a 1-page memory by 65530 pages");
        assertEquals(65531, memory.pages());
        assertEquals(-1, memory.grow(6), "65537 pages are past the wasm32 limit");
        assertEquals(65531, memory.grow(5));
        assertEquals(-1, memory.grow(1));
    }

    @Test
    void anAddressAbove2GiBIsWrittenAndReadBack() throws Trap {
        CoreMemory memory = grownTo4GiB();
        int address = (int) HIGH;
        memory.writeInt(address, 0xCAFEBABE);
        memory.writeLong(address + 8, 0x0102030405060708L);
        memory.writeByte(address + 16, (byte) 0x7F);
        memory.writeDouble(address + 24, 2.5);
        assertEquals(0xCAFEBABE, memory.readInt(address));
        assertEquals(0x0102030405060708L, memory.readLong(address + 8));
        assertEquals((byte) 0x7F, memory.readByte(address + 16));
        assertEquals(2.5, memory.readDouble(address + 24));
        assertEquals((byte) 0xBE, memory.readByte(address), "little-endian");
        assertEquals(0, memory.readInt(address - 4096), "untouched pages read as zero");
        assertEquals(0, memory.readInt((int) 0xFFFF_FFFCL), "the last word of 4 GiB");
        memory.writeInt((int) 0xFFFF_FFFCL, 42);
        assertEquals(42, memory.readInt((int) 0xFFFF_FFFCL));
        assertThrows(Trap.class, () -> memory.readInt((int) 0xFFFF_FFFEL), "past the end of 4 GiB");
    }

    @Test
    void accessesAcrossThe2GiBBoundaryAndBulkCopiesWork() throws Trap {
        CoreMemory memory = grownTo4GiB();
        int below = (int) (TWO_GIB - 2);
        memory.writeInt(below, 0x44332211);
        assertEquals(0x44332211, memory.readInt(below));
        assertEquals((byte) 0x33, memory.readByte((int) TWO_GIB), "the third byte lies at 2 GiB exactly");
        byte[] data = new byte[3 * Memory.PAGE_SIZE + 17];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        int start = (int) (TWO_GIB - Memory.PAGE_SIZE - 5);
        memory.writeBytes(start, data);
        assertArrayEquals(data, memory.readBytes(start, data.length));
    }

    @Test
    void guestCodeStillSeesNegativeIntAddressesAsOutOfBounds() {
        // Endive's compiled code passes a base address >= 2 GiB as a negative int and drops the static offset, so
        // the int-addressed Memory methods must not reach the high pages: those accesses trap as before.
        PagedMemory memory = new PagedMemory(new MemoryLimits(1, MemoryLimits.MAX_PAGES), null);
        assertEquals(1, memory.grow(65535));
        assertThrows(WasmRuntimeException.class, () -> memory.readInt((int) HIGH));
        assertThrows(WasmRuntimeException.class, () -> memory.writeByte((int) HIGH, (byte) 1));
        assertThrows(WasmRuntimeException.class, () -> memory.readBytes((int) (TWO_GIB - 2), 4));
        assertEquals(32767, memory.maximumPages(), "Endive's import check sees its own cap");
    }

    /**
     * wat2wasm of {@code (module (memory (export "memory") 1) (func (export "grow") (param i32) (result i32)
     * (memory.grow (local.get 0))) (func (export "size") (result i32) (memory.size)) (func (export "store") (param
     * i32 i32) (i32.store (local.get 0) (local.get 1))) (func (export "store-off") (param i32 i32) (i32.store
     * offset=16 (local.get 0) (local.get 1))) (func (export "load") (param i32) (result i32) (i32.load (local.get
     * 0))))}.
     */
    private static final String GROWER = "0061736d01000000010f0360017f017f6000017f60027f7f0003060500010202000503010001"
            + "073306066d656d6f727902000467726f7700000473697a6500010573746f726500020973746f72652d6f66660003046c6f6164"
            + "00040a29050600200040000b04003f000b0900200020013602000b0900200020013602100b070020002802000b";

    @Test
    void compiledCoreCodeGrowsTo4GiBAndTrapsAbove2GiB() throws Exception {
        CoreInstance instance = CoreEngine.create(java.util.Optional.empty()).compile(java.util.HexFormat.of().parseHex(GROWER)).instantiate();
        assertEquals(1, instance.function("grow").call(65535)[0]);
        assertEquals(65536, instance.function("size").call()[0]);
        assertEquals(-1, (int) instance.function("grow").call(1)[0]);
        instance.function("store").call(TWO_GIB - 4, 77);
        assertEquals(77, instance.function("load").call(TWO_GIB - 4)[0], "the last word below 2 GiB");
        assertEquals(77, instance.memory("memory").readInt((int) (TWO_GIB - 4)), "the host sees the guest's write");
        instance.memory("memory").writeInt((int) HIGH, 5);
        // Endive passes these addresses as negative ints (a base >= 2 GiB even loses its offset): out of bounds
        assertThrows(Trap.class, () -> instance.function("load").call(HIGH));
        assertThrows(Trap.class, () -> instance.function("store").call(HIGH, 1));
        assertThrows(Trap.class, () -> instance.function("store-off").call(TWO_GIB - 8, 1));
        assertEquals(5, instance.memory("memory").readInt((int) HIGH), "nothing above 2 GiB was touched");
    }

    @Test
    void aMemoryDeclaredAbove2GiBStartsWithItsHighPages() {
        PagedMemory memory = new PagedMemory(new MemoryLimits(40000, 50000), null);
        assertEquals(40000, memory.pages());
        assertEquals(40000L * Memory.PAGE_SIZE, memory.byteLength());
        memory.writeAt(39999L * Memory.PAGE_SIZE, new byte[] {9}, 0, 1);
        byte[] back = new byte[1];
        memory.readAt(39999L * Memory.PAGE_SIZE, back, 0, 1);
        assertEquals(9, back[0]);
        assertThrows(IndexOutOfBoundsException.class, () -> memory.readAt(40000L * Memory.PAGE_SIZE, back, 0, 1));
        assertEquals(40000, memory.grow(10000));
        assertEquals(-1, memory.grow(1), "the declared maximum holds above 2 GiB too");
        memory.writeI32(8, 3);
        assertEquals(3, memory.readInt(8));
    }

    @Test
    void growingAndWritingFarUpCostsOnlyTheTouchedPages() {
        PagedMemory memory = new PagedMemory(new MemoryLimits(1, MemoryLimits.MAX_PAGES), null);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        assertEquals(1, memory.grow(65535));
        memory.writeAt(HIGH, new byte[] {1}, 0, 1);
        memory.writeAt((1L << 32) - 1, new byte[] {2}, 0, 1);
        long after = runtime.totalMemory() - runtime.freeMemory();
        // page tables (2 x 65536 references) and two 64 KiB pages: far below the 4 GiB the memory spans
        assertEquals(true, after - before < (64L << 20), "heap grew by " + (after - before) + " bytes");
        byte[] back = new byte[1];
        memory.readAt((1L << 32) - 1, back, 0, 1);
        assertEquals(2, back[0]);
        memory.zero();
        memory.readAt(HIGH, back, 0, 1);
        assertEquals(0, back[0], "zero() clears the high pages too");
    }

    @Test
    void aStringIsLiftedFromAnAddressAbove2GiB() throws Trap {
        CoreMemory memory = grownTo4GiB();
        byte[] utf8 = "héllo, wörld ✓".getBytes(StandardCharsets.UTF_8);
        memory.writeBytes((int) HIGH, utf8);
        memory.writeInt(64, (int) HIGH);
        memory.writeInt(68, utf8.length);
        LiftLowerContext cx = new LiftLowerContext(CanonOptions.of(new CoreMemoryAccess(memory),
                (p, o, a, n) -> {
                    throw new Trap("no realloc expected");
                }, StringEncoding.UTF8), new InstanceState("test"), new TaskScope("test"), new TypeLayouts());
        assertEquals("héllo, wörld ✓", StringCodec.loadFromRange(cx, HIGH, utf8.length));
        assertEquals("héllo, wörld ✓", StringCodec.load(cx, 64), "through a (ptr, len) pair holding a high ptr");
        Trap outside = assertThrows(Trap.class, () -> StringCodec.loadFromRange(cx, (1L << 32) - 4, 8));
        assertEquals(true, outside.getMessage().contains("out of bounds"), outside.getMessage());
    }
}
