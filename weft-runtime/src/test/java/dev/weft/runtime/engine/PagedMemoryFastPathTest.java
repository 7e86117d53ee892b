package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.endive.runtime.Memory;
import run.endive.runtime.WasmRuntimeException;
import run.endive.wasm.types.MemoryLimits;

/**
 * The scalar accessors of {@link PagedMemory} as the guest's compiled code uses them: small enough in bytecode
 * that C2 inlines them into big guest methods (its inlining budget per method counts bytecode), and exact on the
 * paths moved out of line: a store to a chunk not yet owned, an access across a chunk edge, a trap (with the
 * address and width of the whole access, as Endive's {@code ByteArrayMemory} reports it).
 */
class PagedMemoryFastPathTest {
    private static final int PAGE = Memory.PAGE_SIZE;
    private static final int CHUNK = PagedMemory.CHUNK_SIZE;

    @Test
    void theHotAccessorsStaySmallInBytecode() throws IOException {
        Map<String, Integer> sizes = codeSizes(PagedMemory.class);
        // measured when written: reads 24-47 bytes, stores 45-69; the old readInt was 96, writeI32 82 + 27
        for (String read : new String[] {"read(I)B", "readShort(I)S", "readInt(I)I", "readLong(I)J"}) {
            assertTrue(sizes.get(read) <= 48, read + " is " + sizes.get(read) + " bytes of bytecode");
        }
        for (String write : new String[] {"writeByte(IB)V", "writeShort(IS)V", "writeI32(II)V", "writeLong(IJ)V"}) {
            assertTrue(sizes.get(write) <= 72, write + " is " + sizes.get(write) + " bytes of bytecode");
        }
        for (String f : new String[] {"readFloat(I)F", "readDouble(I)D", "writeF32(IF)V", "writeF64(ID)V"}) {
            assertTrue(sizes.get(f) <= 12, f + " is " + sizes.get(f) + " bytes of bytecode (delegates)");
        }
    }

    @Test
    void firstStoresOfEveryWidthCopyTheChunkOnceAndStayPrivate() {
        var image = new byte[CHUNK * 3];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 7 + 1);
        }
        var module = PagedMemoryTest.module(PagedMemoryTest.segment(0, image));
        var a = PagedMemoryTest.fresh(module, new MemoryLimits(1, 1));
        var b = PagedMemoryTest.fresh(module, new MemoryLimits(1, 1));
        long copiedBefore = PagedMemoryStats.imageChunksCopied();
        a.writeByte(10, (byte) -1);
        a.writeShort(CHUNK + 10, (short) 0x1234);
        a.writeF32(2 * CHUNK + 12, -0.0f);
        a.writeF64(2 * CHUNK + 100, Double.longBitsToDouble(0x7FF8_0000_0000_0123L));
        a.writeI32(20, 0xCAFEBABE);
        assertEquals(3, PagedMemoryStats.imageChunksCopied() - copiedBefore,
                "one copy per chunk, the second store into chunk 0 reuses it");
        assertEquals((byte) -1, a.read(10));
        assertEquals(0x1234, a.readShort(CHUNK + 10));
        assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(a.readFloat(2 * CHUNK + 12)));
        assertEquals(0x7FF8_0000_0000_0123L, Double.doubleToRawLongBits(a.readDouble(2 * CHUNK + 100)),
                "a NaN's payload is kept");
        assertEquals(0xCAFEBABE, a.readInt(20));
        assertEquals(image[11], a.read(11), "the rest of the chunk is the image's");
        assertArrayEquals(java.util.Arrays.copyOfRange(image, 0, 3 * CHUNK), b.readBytes(0, 3 * CHUNK),
                "b still sees the whole image");
    }

    @Test
    void storesNeverReachTheSharedZeroChunkOrTheImage() {
        var module = PagedMemoryTest.module(PagedMemoryTest.segment(CHUNK, (byte) 5, (byte) 6));
        var image = MemoryImage.of(module, new MemoryLimits(1, 2), 0).orElseThrow();
        var a = PagedMemoryTest.fresh(module, new MemoryLimits(1, 2));
        for (int addr = 0; addr < PAGE; addr += 4) {
            a.writeI32(addr, -1);
        }
        a.grow(1);
        a.writeLong(2 * PAGE - 8, -1L);
        assertArrayEquals(new byte[PagedMemory.SHARED_LENGTH], PagedMemory.ZERO_CHUNK);
        var b = PagedMemoryTest.fresh(module, new MemoryLimits(1, 2));
        assertEquals(0x0605, b.readShort(CHUNK), "the image is unchanged");
        assertEquals(0, b.readLong(0));
        b.grow(1);
        assertEquals(0, b.readLong(2 * PAGE - 8), "a grown page is zeros");
        var copy = new PagedMemory(new MemoryLimits(1, 2), image);
        copy.initialize(null, module.dataSection().dataSegments(), 0);
        assertEquals(0x0605, copy.readShort(CHUNK));
    }

    @Test
    void anAccessAcrossTheEndTrapsNamingItsAddressAndWidth() {
        var m = new PagedMemory(new MemoryLimits(1, 1), null);
        m.writeI32(PAGE - 4, 0x01020304);
        var read = assertThrows(WasmRuntimeException.class, () -> m.readLong(PAGE - 6));
        assertEquals("out of bounds memory access: attempted to access address: " + (PAGE - 6)
                + " but limit is: " + PAGE + " and size: 8", read.getMessage());
        var write = assertThrows(WasmRuntimeException.class, () -> m.writeShort(PAGE - 1, (short) 7));
        assertEquals("out of bounds memory access: attempted to access address: " + (PAGE - 1)
                + " but limit is: " + PAGE + " and size: 2", write.getMessage());
        var unowned = assertThrows(WasmRuntimeException.class, () -> m.writeI32(PAGE, 1));
        assertEquals("out of bounds memory access: attempted to access address: " + PAGE
                + " but limit is: " + PAGE + " and size: 4", unowned.getMessage());
        var far = assertThrows(WasmRuntimeException.class, () -> m.readInt(-4));
        assertTrue(far.getMessage().contains("address: -4 "), far.getMessage());
        assertEquals(0x01020304, m.readInt(PAGE - 4), "the trapping stores wrote nothing");
    }

    @Test
    void crossingAccessesOfEveryWidthRoundTripAtEveryOffsetOfAnEdge() {
        var m = new PagedMemory(new MemoryLimits(1, 1), null);
        for (int back = 1; back < 8; back++) {
            int a = 5 * CHUNK - back;
            m.writeLong(a, 0x1122334455667788L ^ back);
            assertEquals(0x1122334455667788L ^ back, m.readLong(a));
            m.writeI32(a, 0x0A0B0C0D + back);
            assertEquals(0x0A0B0C0D + back, m.readInt(a));
            m.writeShort(a, (short) (0x7F00 + back));
            assertEquals((short) (0x7F00 + back), m.readShort(a));
            m.writeF64(a, 1.25 * back);
            assertEquals(1.25 * back, m.readDouble(a));
            m.writeF32(a, 0.5f * back);
            assertEquals(0.5f * back, m.readFloat(a));
        }
        m.writeI32(5 * CHUNK - 2, 0x0A0B0C0D);
        assertEquals(0x0D, m.read(5 * CHUNK - 2), "little-endian: the low byte first");
        assertEquals(0x0A, m.read(5 * CHUNK + 1), "and the high byte in the next chunk");
    }

    /** Bytecode length of each method of {@code type}, keyed by name + descriptor (class file format, JVMS 4). */
    static Map<String, Integer> codeSizes(Class<?> type) throws IOException {
        byte[] bytes;
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            bytes = in.readAllBytes();
        }
        var data = new DataInputStream(new ByteArrayInputStream(bytes));
        data.skipNBytes(8);
        int count = data.readUnsignedShort();
        var utf8 = new HashMap<Integer, String>();
        for (int i = 1; i < count; i++) {
            int tag = data.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8.put(i, data.readUTF());
                case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipNBytes(4);
                case 5, 6 -> {
                    data.skipNBytes(8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> data.skipNBytes(2);
                case 15 -> data.skipNBytes(3);
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        data.skipNBytes(6);
        data.skipNBytes(2L * data.readUnsignedShort());
        int fields = data.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            data.skipNBytes(6);
            skipAttributes(data);
        }
        var sizes = new HashMap<String, Integer>();
        int methods = data.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            data.skipNBytes(2);
            String name = utf8.get(data.readUnsignedShort()) + utf8.get(data.readUnsignedShort());
            int attributes = data.readUnsignedShort();
            for (int j = 0; j < attributes; j++) {
                String attribute = utf8.get(data.readUnsignedShort());
                int length = data.readInt();
                if (attribute.equals("Code")) {
                    data.skipNBytes(4);
                    int code = data.readInt();
                    sizes.put(name, code);
                    data.skipNBytes(length - 8L);
                } else {
                    data.skipNBytes(length);
                }
            }
        }
        return sizes;
    }

    private static void skipAttributes(DataInputStream data) throws IOException {
        int attributes = data.readUnsignedShort();
        for (int j = 0; j < attributes; j++) {
            data.skipNBytes(2);
            data.skipNBytes(data.readInt());
        }
    }
}
