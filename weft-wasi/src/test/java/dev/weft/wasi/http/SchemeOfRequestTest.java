package dev.weft.wasi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.weft.wasi.http.types.Scheme;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scheme {@link WasiHttpProxy} gives the guest for a request's scheme (RFC 3986 syntax; http(s) named). */
class SchemeOfRequestTest {
    @Test
    void httpAndHttpsAreTheNamedCasesInAnyLetterCase() {
        assertSame(Scheme.HTTP, WasiHttpProxy.scheme("http").orElseThrow());
        assertSame(Scheme.HTTPS, WasiHttpProxy.scheme("https").orElseThrow());
        assertEquals(Optional.of(Scheme.HTTPS), WasiHttpProxy.scheme("HTTPS"));
        assertEquals(Optional.of(Scheme.HTTP), WasiHttpProxy.scheme("Http"));
    }

    @Test
    void otherValidSchemesAreOtherAndInvalidOnesAreNone() {
        assertEquals(Optional.of(new Scheme("coap+tcp")), WasiHttpProxy.scheme("coap+tcp"));
        assertEquals("coap+tcp", WasiHttpProxy.scheme("COAP+tcp").orElseThrow().name());
        assertEquals(Optional.empty(), WasiHttpProxy.scheme(""));
        assertEquals(Optional.empty(), WasiHttpProxy.scheme("1http"));
        assertEquals(Optional.empty(), WasiHttpProxy.scheme("ht tp"));
    }
}
