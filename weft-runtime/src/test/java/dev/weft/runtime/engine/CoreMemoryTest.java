package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.Trap;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreMemoryTest {
    private static CoreModule module;

    @BeforeAll
    static void compile() throws Exception {
        module = TestModules.memoryOnlyEngine().compile(TestModules.bytes("memory"));
    }

    @Test
    void dataSegmentIsVisibleToTheHost() throws Exception {
        var memory = module.instantiate().memory("memory");
        assertEquals("hello", new String(memory.readBytes(16, 5), StandardCharsets.US_ASCII));
        assertEquals(new CoreMemoryType(1, OptionalInt.of(4), false), memory.type());
    }

    @Test
    void hostAndGuestSeeTheSameLittleEndianBytes() throws Exception {
        var instance = module.instantiate();
        var memory = instance.memory("memory");
        memory.writeInt(100, 0x11223344);
        assertEquals(0x11223344L, instance.function("load").call(100)[0]);
        assertEquals(0x44L, instance.function("load8").call(100)[0]);
        instance.function("store").call(200, -2);
        assertEquals(-2, memory.readInt(200));
        assertEquals((byte) 0xFE, memory.readByte(200));
        memory.writeLong(300, 0x0102030405060708L);
        assertEquals(0x05060708L, instance.function("load").call(300)[0]);
        memory.writeDouble(400, 2.5);
        assertEquals(2.5, memory.readDouble(400));
        memory.writeBytes(500, new byte[] {9, 8, 7});
        assertArrayEquals(new byte[] {9, 8, 7}, memory.readBytes(500, 3));
    }

    @Test
    void growsUpToItsMaximum() throws Exception {
        var instance = module.instantiate();
        var memory = instance.memory("memory");
        assertEquals(1L, instance.function("grow").call(1)[0]);
        assertEquals(2L, instance.function("size").call()[0]);
        assertEquals(2, memory.pages());
        assertEquals(2L * 65536, memory.byteSize());
        assertEquals(2, memory.grow(1));
        assertEquals(-1L, instance.function("grow").call(2)[0]);
        assertEquals(-1, memory.grow(5));
        memory.writeInt(3 * 65536 - 4, 77);
        assertEquals(77L, instance.function("load").call(3 * 65536 - 4)[0]);
    }

    @Test
    void hostAccessOutOfBoundsIsATrap() throws Exception {
        var memory = module.instantiate().memory("memory");
        Trap trap = assertThrows(Trap.class, () -> memory.readInt(65536 - 2));
        assertTrue(trap.getMessage().contains("out of bounds"), trap.getMessage());
        assertThrows(Trap.class, () -> memory.readBytes(65530, 10));
        assertThrows(Trap.class, () -> memory.readBytes(Integer.MIN_VALUE, 4));
        assertThrows(Trap.class, () -> memory.writeBytes(-4, new byte[8]));
        assertThrows(Trap.class, () -> memory.writeLong(65536 - 7, 1));
    }

    @Test
    void instancesHaveTheirOwnMemory() throws Exception {
        var a = module.instantiate();
        var b = module.instantiate();
        a.function("store").call(16, 1234);
        a.function("grow").call(1);
        assertEquals(1234L, a.function("load").call(16)[0]);
        assertEquals("hello", new String(b.memory("memory").readBytes(16, 5), StandardCharsets.US_ASCII));
        assertEquals(1, b.memory("memory").pages());
        assertEquals(2, a.memory("memory").pages());
    }
}
