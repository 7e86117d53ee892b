package dev.weft.app.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.app.PatternException;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.http.OutboundHttpPolicy;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest allow-list handed to the wasi:http host and to wasi:sockets agrees with {@link OutboundPolicy}. */
class PolicyAdapterTest {
    private static final List<String> PATTERNS = List.of("https://api.example.com", "http://127.0.0.1:*",
            "*://*.example.com:443", "http://localhost:8000..8003", "redis://cache.internal", "*://10.0.0.0/8:6379",
            "*://[::1]:5432");

    @Test
    void httpPolicyAllowsWhatTheManifestAllows() throws Exception {
        List<String> allHttp = PATTERNS.stream().filter(p -> !p.contains("10.0.0.0/8")).toList();
        OutboundPolicy manifest = OutboundPolicy.of(allHttp);
        OutboundHttpPolicy http = HttpPolicyAdapter.toHttpPolicy(manifest);
        Object[][] cases = {
                {"https", "api.example.com", 443, true}, {"http", "api.example.com", 80, false},
                {"https", "api.example.com", 8443, false}, {"http", "127.0.0.1", 9999, true},
                {"https", "127.0.0.1", 9999, false}, {"https", "a.example.com", 443, true},
                {"http", "a.example.com", 443, true}, {"https", "a.example.com", 80, false},
                {"http", "localhost", 8002, true}, {"http", "localhost", 8003, false},
                {"http", "cache.internal", 6379, false}};
        for (Object[] c : cases) {
            String scheme = (String) c[0];
            String host = (String) c[1];
            int port = (Integer) c[2];
            boolean expected = (Boolean) c[3];
            assertEquals(expected, http.permits(scheme, host, port), scheme + "://" + host + ":" + port);
            assertEquals(expected, manifest.allows(scheme, host, java.util.OptionalInt.of(port)),
                    "manifest policy: " + scheme + "://" + host + ":" + port);
        }
    }

    @Test
    void cidrIsRefusedForHttp() {
        assertThrows(PatternException.class,
                () -> HttpPolicyAdapter.toHttpPolicy(OutboundPolicy.of(List.of("https://10.0.0.0/8"))));
    }

    @Test
    void socketsGetTheAnySchemeAddressRules() throws Exception {
        OutboundPolicy manifest = OutboundPolicy.of(PATTERNS);
        assertEquals(List.of("10.0.0.0/8:6379", "[0:0:0:0:0:0:0:1]:5432"), SocketPolicyAdapter.socketRules(manifest));
        var network = SocketPolicyAdapter.apply(WasiContext.builder(), manifest).build().network();
        assertTrue(network.allowsTcp(new InetSocketAddress("10.1.2.3", 6379)));
        assertTrue(network.allowsUdp(new InetSocketAddress("::1", 5432)));
        assertFalse(network.allowsTcp(new InetSocketAddress("10.1.2.3", 6380)));
        assertFalse(network.allowsTcp(new InetSocketAddress("127.0.0.1", 80)), "http:// patterns are not for sockets");
        for (var a : List.of(new InetSocketAddress("10.1.2.3", 6379), new InetSocketAddress("::1", 5432),
                new InetSocketAddress("10.1.2.3", 6380), new InetSocketAddress("127.0.0.1", 80))) {
            assertEquals(manifest.allowsSocket(a), network.allowsTcp(a), a.toString());
        }
    }
}
