package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServeFlagsTest {
    @Test
    void addresses() {
        assertEquals(new InetSocketAddress("127.0.0.1", 8080), ServeFlags.address("--addr", "127.0.0.1:8080"));
        assertEquals(new InetSocketAddress("0.0.0.0", 9000), ServeFlags.address("--addr", ":9000"));
        assertEquals(new InetSocketAddress("::1", 80), ServeFlags.address("--addr", "[::1]:80"));
        UserError e = assertThrows(UserError.class, () -> ServeFlags.address("--addr", "localhost"));
        assertTrue(e.getMessage().startsWith("--addr localhost:"), e.getMessage());
        assertThrows(UserError.class, () -> ServeFlags.address("--addr", "h:70000"));
        assertThrows(UserError.class, () -> ServeFlags.address("--addr", "h:http"));
    }

    @Test
    void durations() {
        assertEquals(Duration.ofSeconds(30), ServeFlags.duration("--deadline", "30s"));
        assertEquals(Duration.ofSeconds(7), ServeFlags.duration("--deadline", "7"));
        assertEquals(Duration.ofMillis(250), ServeFlags.duration("--deadline", "250ms"));
        assertEquals(Duration.ofMinutes(2), ServeFlags.duration("--deadline", "2m"));
        assertEquals(Duration.ofHours(1), ServeFlags.duration("--deadline", "1h"));
        assertThrows(UserError.class, () -> ServeFlags.duration("--deadline", "0s"));
        assertThrows(UserError.class, () -> ServeFlags.duration("--deadline", "soon"));
    }

    @Test
    void sizes() {
        assertEquals(100, ServeFlags.size("--max-body-size", "100"));
        assertEquals(512 * 1024, ServeFlags.size("--max-body-size", "512K"));
        assertEquals(10L << 20, ServeFlags.size("--max-body-size", "10MiB"));
        assertEquals(1L << 30, ServeFlags.size("--max-body-size", "1g"));
        assertThrows(UserError.class, () -> ServeFlags.size("--max-body-size", "-1"));
        assertThrows(UserError.class, () -> ServeFlags.size("--max-body-size", "99999999999999999G"));
    }

    @Test
    void maxRunning() {
        assertEquals(0, ServeFlags.maxRunning(null, 64), "not given: the server's default (one per processor)");
        assertEquals(1, ServeFlags.maxRunning(1, 64));
        assertEquals(64, ServeFlags.maxRunning(64, 64));
        UserError zero = assertThrows(UserError.class, () -> ServeFlags.maxRunning(0, 64));
        assertTrue(zero.getMessage().startsWith("--max-running 0: must be at least 1"), zero.getMessage());
        UserError over = assertThrows(UserError.class, () -> ServeFlags.maxRunning(9, 8));
        assertTrue(over.getMessage().contains("at most --max-concurrency (8)"), over.getMessage());
    }
}
