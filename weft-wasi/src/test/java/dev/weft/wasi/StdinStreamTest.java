package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.io.JavaInputStream;
import dev.weft.wasi.io.Poller;
import dev.weft.wasi.io.StreamException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** stdin: read does not block, blocking-read and poll wait for data (woken, not polled), the end closes it. */
class StdinStreamTest {
    @Test
    void readIsNonBlockingAndPollWakesOnData() throws Exception {
        var pipeIn = new PipedInputStream();
        var pipeOut = new PipedOutputStream(pipeIn);
        var stdin = new JavaInputStream(pipeIn);
        assertEquals(0, stdin.read(10).length, "nothing has arrived yet");
        var pollable = stdin.pollable();
        assertTrue(!pollable.ready());
        Thread writer = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(100);
                pipeOut.write("hello".getBytes(StandardCharsets.UTF_8));
                pipeOut.flush();
                pipeOut.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long start = System.nanoTime();
        assertEquals(List.of(0), Poller.poll(List.of(pollable)));
        long waited = System.nanoTime() - start;
        assertTrue(waited < 900_000_000L, "woken when data arrived, waited " + waited);
        assertArrayEquals("hel".getBytes(StandardCharsets.UTF_8), stdin.blockingRead(3));
        assertArrayEquals("lo".getBytes(StandardCharsets.UTF_8), stdin.blockingRead(10));
        writer.join();
        assertTrue(assertThrows(StreamException.class, () -> stdin.blockingRead(10)).isClosed());
    }
}
