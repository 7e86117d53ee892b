package dev.weft.app.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.app.PatternException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases follow the rules of Spin's outbound-networking-config allowed_hosts.rs. */
class OutboundPolicyTest {
    private static boolean allows(String pattern, String url) throws PatternException {
        return OutboundPolicy.of(List.of(pattern)).allowsUrl(URI.create(url));
    }

    @Test
    void schemeHostAndDefaultPort() throws Exception {
        assertTrue(allows("https://api.example.com", "https://api.example.com/v1/x"));
        assertTrue(allows("https://api.example.com", "https://API.example.com:443/"));
        assertFalse(allows("https://api.example.com", "http://api.example.com/"));
        assertFalse(allows("https://api.example.com", "https://api.example.com:8443/"));
        assertFalse(allows("https://api.example.com", "https://example.com/"));
        assertFalse(allows("https://api.example.com", "https://evil-api.example.com/"));
        assertTrue(allows("http://example.com:8080", "http://example.com:8080/"));
        assertFalse(allows("http://example.com:8080", "http://example.com/"));
    }

    @Test
    void wildcards() throws Exception {
        assertTrue(allows("http://127.0.0.1:*", "http://127.0.0.1:3000/"));
        assertTrue(allows("http://127.0.0.1:*", "http://127.0.0.1/"));
        assertFalse(allows("http://127.0.0.1:*", "http://127.0.0.2:3000/"));
        assertTrue(allows("*://*.example.com:443", "https://a.b.example.com/"));
        assertTrue(allows("*://*.example.com:443", "wss://a.example.com:443/"));
        assertFalse(allows("*://*.example.com:443", "https://example.com/"));
        assertFalse(allows("*://*.example.com:443", "https://a.example.com:80/"));
        assertFalse(allows("*://*.example.com:443", "https://a.example.com.evil.org/"));
        assertTrue(allows("*://*:*", "ftp://anything:21/"));
        assertTrue(allows("https://*", "https://whatever.org/"));
    }

    @Test
    void portRangesAndAddresses() throws Exception {
        assertTrue(allows("http://localhost:8000..8002", "http://localhost:8001/"));
        assertFalse(allows("http://localhost:8000..8002", "http://localhost:8002/"));
        assertTrue(allows("http://[::1]:8080", "http://[::1]:8080/"));
        assertTrue(allows("http://[::1]:8080", "http://[0:0:0:0:0:0:0:1]:8080/"));
        assertTrue(allows("*://10.0.0.0/8:*", "http://10.20.30.40:1234/"));
        assertFalse(allows("*://10.0.0.0/8:*", "http://11.0.0.1:1234/"));
        assertFalse(allows("*://10.0.0.0/8:*", "http://ten.example:1234/"));
        assertFalse(allows("https://self", "https://self/"));
    }

    @Test
    void socketsNeedAnAnySchemePattern() throws Exception {
        InetSocketAddress db = new InetSocketAddress("127.0.0.1", 5432);
        assertTrue(OutboundPolicy.of(List.of("*://127.0.0.1:5432")).allowsSocket(db));
        assertFalse(OutboundPolicy.of(List.of("postgres://127.0.0.1")).allowsSocket(db));
        assertFalse(OutboundPolicy.of(List.of("*://127.0.0.1:5433")).allowsSocket(db));
        assertFalse(OutboundPolicy.denyAll().allowsSocket(db));
        assertFalse(OutboundPolicy.denyAll().allowsUrl(URI.create("https://example.com/")));
    }

    @Test
    void badPatternsAreRefusedWithReasons() {
        for (var bad : List.of(
                List.of("example.com", "no scheme"),
                List.of("*", "no scheme"),
                List.of("ftp://example.com", "no well-known port"),
                List.of("https://api.*.com", "wildcards are allowed only"),
                List.of("https://*example.com", "wildcards are allowed only"),
                List.of("https://example.com:http", "is not a number"),
                List.of("https://example.com:70000", "is not a number"),
                List.of("https://example.com:9..9", "empty port range"),
                List.of("https://example.com/path", "has a path"),
                List.of("ht-tp://example.com", "must be letters"))) {
            PatternException e = assertThrows(PatternException.class, () -> HostPattern.parse(bad.get(0)), bad.get(0));
            assertTrue(e.getMessage().contains(bad.get(1)), e.getMessage());
        }
    }

    @Test
    void wellKnownPortsAreSpins() {
        assertEquals(443, HostPattern.wellKnownPort("https").getAsInt());
        assertEquals(6379, HostPattern.wellKnownPort("redis").getAsInt());
        assertTrue(HostPattern.wellKnownPort("ftp").isEmpty());
    }
}
