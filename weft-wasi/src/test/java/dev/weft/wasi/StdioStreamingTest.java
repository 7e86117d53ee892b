package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.error.Trap;
import dev.weft.runtime.Engine;
import dev.weft.testkit.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Large stdin → stdout streaming through a real guest, and the check-write budget that write must respect. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StdioStreamingTest {
    private static final Engine ENGINE = Engine.create();

    /** 8 MiB of a repeating pattern, produced on demand (never held in memory as a whole). */
    private static final class Pattern extends InputStream {
        private final long size;
        private long position;

        Pattern(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) (position++ * 31 % 251) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) (position++ * 31 % 251);
            }
            return n;
        }
    }

    /** Digests what it is given and counts it. */
    private static final class Digesting extends OutputStream {
        final MessageDigest digest;
        long count;

        Digesting() throws Exception {
            digest = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
            count += len;
        }
    }

    @Test
    void eightMebibytesStreamThroughStdinAndStdout() throws Exception {
        long size = 8L << 20;
        Digesting out = new Digesting();
        var err = new ByteArrayOutputStream();
        var ctx = WasiContext.builder().args("stdin-echo").stdin(new Pattern(size)).stdout(out).stderr(err).build();
        int exit = WasiCommand.run(ENGINE, Component.decode(Fixtures.componentBytes("c-stdin-echo")), ctx);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals(size, out.count);
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        byte[] chunk = new Pattern(size).readAllBytes();
        expected.update(chunk);
        assertArrayEquals(expected.digest(), out.digest.digest());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("stdin-echo: " + size + " bytes"), err.toString());
    }

    @Test
    void writingMoreThanCheckWritePermitsTraps() throws Exception {
        var ctx = WasiContext.builder().build();
        Trap trap = assertThrows(Trap.class, () -> WasiCommand.run(ENGINE,
                Component.decode(Fixtures.componentBytes("write-over-budget")), ctx));
        assertTrue(trap.getMessage().contains("check-write permits"), trap.getMessage());
    }
}
