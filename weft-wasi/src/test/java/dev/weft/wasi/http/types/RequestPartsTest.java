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
        // methods are case-sensitive (RFC 9110 §9.1): only the upper-case tokens are the named cases
        assertEquals(new VariantVal("other", Optional.of(new StringVal("get"))), new Method("get").toVal());
        for (String m : java.util.List.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE",
                "PATCH")) {
            assertEquals(new VariantVal(m.toLowerCase(java.util.Locale.ROOT), Optional.empty()), new Method(m).toVal());
            assertEquals(new Method(m), Method.fromVal(new Method(m).toVal()));
        }
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
    void incomingRequestHeadersAreFixedWhenMadeAndHandedOutAsImmutableCopies() throws Exception {
        Fields mutable = Fields.fromList(List.of(new dev.weft.wasi.http.HttpField("x-a", "1".getBytes())));
        IncomingRequest fromMutable = new IncomingRequest(Method.GET, Optional.empty(), Optional.empty(),
                Optional.of("/"), mutable, null);
        mutable.append("x-a", "2".getBytes()); // a later change to the caller's fields does not reach the request
        assertEquals(1, fromMutable.headers().get("x-a").size());

        Fields immutable = Fields.immutable(List.of(new dev.weft.wasi.http.HttpField("x-b", "3".getBytes())));
        IncomingRequest fromImmutable = new IncomingRequest(Method.GET, Optional.empty(), Optional.empty(),
                Optional.of("/"), immutable, null);
        Fields first = fromImmutable.headers();
        Fields second = fromImmutable.headers();
        assertFalse(first == second, "a new fields object per headers() call (one per guest handle)");
        assertFalse(first.isMutable());
        assertEquals(HeaderError.IMMUTABLE, assertThrows(HeaderError.Refused.class,
                () -> first.append("x-b", "4".getBytes())).error());
        assertEquals("3", new String(second.get("x-b").get(0)));
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
