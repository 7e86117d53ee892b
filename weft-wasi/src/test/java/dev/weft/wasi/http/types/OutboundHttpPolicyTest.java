package dev.weft.wasi.http.types;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.http.OutboundHttpPolicy;
import org.junit.jupiter.api.Test;

/** Host patterns of {@link OutboundHttpPolicy}. */
class OutboundHttpPolicyTest {
    @Test
    void denyAllByDefault() {
        assertFalse(OutboundHttpPolicy.denyAll().permits("http", "127.0.0.1", 80));
        assertFalse(OutboundHttpPolicy.allow().permits("https", "example.com", 443));
    }

    @Test
    void hostWithoutPortMeansTheSchemesDefaultPort() {
        var p = OutboundHttpPolicy.allow("example.com");
        assertTrue(p.permits("http", "example.com", 80));
        assertTrue(p.permits("https", "EXAMPLE.com", 443));
        assertFalse(p.permits("http", "example.com", 8080));
        assertFalse(p.permits("https", "api.example.com", 443));
    }

    @Test
    void wildcardsForSubdomainsAndPorts() {
        var p = OutboundHttpPolicy.allow("*.example.com", "127.0.0.1:*", "localhost:8080", "[::1]:9000");
        assertTrue(p.permits("https", "api.example.com", 443));
        assertTrue(p.permits("https", "a.b.example.com", 443));
        assertFalse(p.permits("https", "example.com", 443));
        assertFalse(p.permits("https", "badexample.com", 443));
        assertTrue(p.permits("http", "127.0.0.1", 1234));
        assertFalse(p.permits("http", "127.0.0.2", 1234));
        assertTrue(p.permits("http", "localhost", 8080));
        assertFalse(p.permits("http", "localhost", 8081));
        assertTrue(p.permits("http", "::1", 9000));
        assertTrue(p.permits("http", "[::1]", 9000));
    }

    @Test
    void schemePrefixLimitsTheScheme() {
        var p = OutboundHttpPolicy.allow("https://*:*");
        assertTrue(p.permits("https", "anything.test", 8443));
        assertFalse(p.permits("http", "anything.test", 80));
    }

    @Test
    void malformedPatternsAreRejected() {
        for (String bad : new String[] {"", "ftp://x", "host:port", "host:70000", "a*.example.com", "*.", "x/y",
                "[::1"}) {
            assertThrows(IllegalArgumentException.class, () -> OutboundHttpPolicy.allow(bad), bad);
        }
    }
}
