package dev.weft.wasi.http.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.value.StringVal;
import dev.weft.value.VariantVal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Method, scheme, path and authority validation of outgoing requests; response status range. */
class RequestPartsTest {
    @Test
    void methods() throws Exception {
        assertEquals(new VariantVal("get", Optional.empty()), Method.GET.toVal());
        assertEquals(new VariantVal("patch", Optional.empty()), new Method("PATCH").toVal());
        assertEquals(new VariantVal("other", Optional.of(new StringVal("PURGE"))), new Method("PURGE").toVal());
        assertEquals(new Method("DELETE"), Method.fromVal(new VariantVal("delete", Optional.empty())));
        assertEquals(new Method("get"), Method.fromVal(new VariantVal("other", Optional.of(new StringVal("get")))));
        assertThrows(IllegalArgumentException.class,
                () -> Method.fromVal(new VariantVal("other", Optional.of(new StringVal("BAD METHOD")))));
        assertThrows(IllegalArgumentException.class,
                () -> Method.fromVal(new VariantVal("other", Optional.of(new StringVal("")))));
    }

    @Test
    void schemes() throws Exception {
        assertEquals(Scheme.HTTPS, Scheme.fromVal(new VariantVal("HTTPS", Optional.empty())));
        assertEquals(new VariantVal("HTTP", Optional.empty()), new Scheme("HTTP").toVal());
        assertEquals(new VariantVal("other", Optional.of(new StringVal("ws"))), new Scheme("ws").toVal());
        assertThrows(IllegalArgumentException.class,
                () -> Scheme.fromVal(new VariantVal("other", Optional.of(new StringVal("1http")))));
        assertThrows(IllegalArgumentException.class,
                () -> Scheme.fromVal(new VariantVal("other", Optional.of(new StringVal("a b")))));
    }

    @Test
    void pathsAndAuthorities() {
        OutgoingRequest r = new OutgoingRequest(Fields.mutable());
        assertEquals(Method.GET, r.method());
        assertEquals(Optional.empty(), r.pathWithQuery());
        for (String ok : List.of("/", "/a/b?c=d&e=%20f", "", "/~user/x;y", "*")) {
            assertTrue(r.pathWithQuery(Optional.of(ok)), ok);
            assertEquals(Optional.of(ok), r.pathWithQuery());
        }
        for (String bad : List.of("/a b", "/a#frag", "/bad%zz", "/ctl\n", "/é")) {
            assertFalse(r.pathWithQuery(Optional.of(bad)), bad);
        }
        assertTrue(r.pathWithQuery(Optional.empty()));
        for (String ok : List.of("example.com", "example.com:8080", "127.0.0.1:1", "[::1]:443", "user@host")) {
            assertTrue(r.authority(Optional.of(ok)), ok);
            assertEquals(Optional.of(ok), r.authority());
        }
        for (String bad : List.of("", "host/path", "host:port", "a b", "[::1", "host:123456")) {
            assertFalse(r.authority(Optional.of(bad)), bad);
        }
        assertEquals(Optional.of("user@host"), r.authority());
    }

    @Test
    void statusCodes() {
        OutgoingResponse response = new OutgoingResponse(Fields.mutable());
        assertEquals(200, response.status());
        assertTrue(response.setStatus(404));
        assertFalse(response.setStatus(99));
        assertFalse(response.setStatus(1000));
        assertEquals(404, response.status());
    }

    @Test
    void bodiesAreTakenOnce() {
        OutgoingRequest r = new OutgoingRequest(Fields.mutable());
        assertTrue(r.body().isPresent());
        assertTrue(r.body().isEmpty());
        OutgoingBody body = new OutgoingBody(ErrorCode.BodyKind.REQUEST, Optional.empty());
        assertTrue(body.write().isPresent());
        assertTrue(body.write().isEmpty());
    }
}
