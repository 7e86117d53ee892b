package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.error.Trap;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code memory.init} reads the data segments of the instance that runs it, even when the memory is shared:
 * Endive alone would use the segments of whichever instance initialised the memory last.
 */
class SharedMemorySegmentsTest {

    @Test
    void eachInstanceInitialisesFromItsOwnSegments() throws Exception {
        var engine = TestModules.memoryOnlyEngine();
        var owner = engine.compile(TestModules.bytes("segment_owner")).instantiate();
        var user = engine.compile(TestModules.bytes("segment_user"))
                .instantiate(CoreImports.builder().instance("o", owner).build());
        var memory = owner.memory("mem");
        assertEquals("USER!", text(memory, 100, 5));

        owner.function("init").call(10);
        assertEquals("OWNER", text(memory, 10, 5));
        user.function("init_user").call(20);
        assertEquals("user-passive", text(memory, 20, 12));

        user.function("drop_user").call();
        assertThrows(Trap.class, () -> user.function("init_user").call(40));
        owner.function("init").call(60);
        assertEquals("OWNER", text(memory, 60, 5));
    }

    private static String text(CoreMemory memory, int address, int length) throws Trap {
        return new String(memory.readBytes(address, length), StandardCharsets.US_ASCII);
    }
}
