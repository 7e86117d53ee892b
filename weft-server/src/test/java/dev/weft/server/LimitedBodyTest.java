package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The guest's view of a request body: opened on first use only, refused past the limit. */
class LimitedBodyTest {
    @Test
    void theStreamIsOpenedOnTheFirstReadAndOnlyOnce() throws IOException {
        AtomicInteger opened = new AtomicInteger();
        LimitedBody body = new LimitedBody(() -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(new byte[] {1, 2, 3});
        }, 10);
        body.close(); // closing a body nobody read opens nothing
        assertEquals(0, opened.get());
        assertEquals(3, body.available());
        assertArrayEquals(new byte[] {1, 2, 3}, body.readAllBytes());
        assertEquals(-1, body.read());
        assertEquals(1, opened.get());
        assertEquals(3, body.bytesRead());
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        LimitedBody body = new LimitedBody(() -> new ByteArrayInputStream(new byte[5]), 4);
        IOException e = assertThrows(IOException.class, body::readAllBytes);
        assertTrue(e.getMessage().contains("limit of 4 bytes"), e.getMessage());
        assertTrue(body.exceeded());
        assertEquals(0, assertDoesNotThrowAvailable(body));
        assertThrows(IOException.class, body::read);
    }

    private static int assertDoesNotThrowAvailable(InputStream in) {
        try {
            return in.available();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
