package dev.weft.wasi.http.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.http.HttpField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code fields} rules of wasi:http/types 0.2: validation (RFC 9110 token names, no control bytes in values),
 * forbidden connection-level names and immutability. Cases follow the WIT documentation and Wasmtime's
 * {@code http_outbound_request_invalid_header} test program.
 */
class FieldsTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static HeaderError refusal(ThrowingOp op) {
        return assertThrows(HeaderError.Refused.class, op::run).error();
    }

    @FunctionalInterface
    private interface ThrowingOp {
        void run() throws Exception;
    }

    @Test
    void tokenCharactersAreThoseOfRfc9110() {
        // RFC 9110 §5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|"
        //                         / "~" / DIGIT / ALPHA
        String tchar = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (char c = 0; c < 0x200; c++) {
            assertEquals(tchar.indexOf(c) >= 0, FieldSyntax.isValidName(String.valueOf(c)), "character " + (int) c);
        }
        assertTrue(FieldSyntax.isValidName("x-Custom_header.1~"));
        assertFalse(FieldSyntax.isValidName("x custom"));
        assertFalse(FieldSyntax.isValidName("caf\u00e9"));
    }

    @Test
    void appendValidatesNamesAndValues() throws Exception {
        Fields f = Fields.mutable();
        assertEquals(HeaderError.INVALID_SYNTAX, refusal(() -> f.append("malformed header name", b("ok value"))));
        f.append("ok-header-name", b("ok value"));
        assertEquals(HeaderError.INVALID_SYNTAX, refusal(() -> f.append("ok-header-name", b("bad\nvalue"))));
        assertEquals(HeaderError.INVALID_SYNTAX, refusal(() -> f.append("", b("x"))));
        assertEquals(HeaderError.INVALID_SYNTAX, refusal(() -> f.append("a:b", b("x"))));
        assertEquals(HeaderError.INVALID_SYNTAX, refusal(() -> f.append("x", new byte[] {'a', 0x7f})));
        assertEquals(HeaderError.INVALID_SYNTAX, refusal(() -> f.append("x", new byte[] {'a', 0})));
        f.append("tab-and-obs-text", new byte[] {'a', '\t', 'b', (byte) 0xe9});
        f.append("empty-value", new byte[0]);
        assertEquals(List.of("ok-header-name", "tab-and-obs-text", "empty-value"),
                f.entries().stream().map(HttpField::name).toList());
    }

    @Test
    void connectionLevelNamesAreForbiddenInAnyCase() {
        Fields f = Fields.mutable();
        for (String name : List.of("Connection", "Keep-Alive", "proxy-authenticate", "Proxy-Authorization",
                "proxy-connection", "Transfer-Encoding", "upgrade", "HOST", "http2-settings")) {
            assertEquals(HeaderError.FORBIDDEN, refusal(() -> f.append(name, b("x"))), name);
            assertEquals(HeaderError.FORBIDDEN, refusal(() -> f.set(name, List.of(b("x")))), name);
            assertEquals(HeaderError.FORBIDDEN, refusal(() -> f.delete(name)), name);
            assertEquals(HeaderError.FORBIDDEN,
                    refusal(() -> Fields.fromList(List.of(HttpField.of(name, "x")))), name);
        }
        assertTrue(f.entries().isEmpty());
    }

    @Test
    void fromListRefusesTheWholeList() {
        assertEquals(HeaderError.INVALID_SYNTAX,
                refusal(() -> Fields.fromList(List.of(HttpField.of("ok", "1"), HttpField.of("bad header", "v")))));
        assertEquals(HeaderError.INVALID_SYNTAX,
                refusal(() -> Fields.fromList(List.of(new HttpField("ok-header-name", b("bad\nvalue"))))));
    }

    @Test
    void namesAreCaseInsensitiveAndValuesOfANameStayTogether() throws Exception {
        Fields f = Fields.fromList(List.of(HttpField.of("Set-Cookie", "a=1"), HttpField.of("X-Other", "o"),
                HttpField.of("set-cookie", "b=2")));
        assertEquals(List.of("set-cookie", "set-cookie", "x-other"),
                f.entries().stream().map(HttpField::name).toList());
        assertEquals(List.of("a=1", "b=2", "o"), f.entries().stream().map(HttpField::valueAsString).toList());
        assertEquals(2, f.get("SET-COOKIE").size());
        assertArrayEquals(b("b=2"), f.get("set-cookie").get(1));
        assertTrue(f.has("x-OTHER"));
        assertFalse(f.has("missing"));
        assertEquals(List.of(), f.get("missing"));
        // invalid names: empty and false, not errors
        assertEquals(List.of(), f.get("bad name"));
        assertFalse(f.has("bad name"));
    }

    @Test
    void setReplacesAndDeleteRemoves() throws Exception {
        Fields f = Fields.fromList(List.of(HttpField.of("a", "1"), HttpField.of("a", "2"), HttpField.of("b", "3")));
        f.set("A", List.of(b("x"), b("y")));
        assertEquals(List.of("x", "y"), f.get("a").stream().map(v -> new String(v, StandardCharsets.UTF_8)).toList());
        f.delete("a");
        assertFalse(f.has("a"));
        f.delete("never-there");
        f.set("b", List.of());
        assertFalse(f.has("b"));
        assertEquals(HeaderError.INVALID_SYNTAX, refusal(() -> f.set("c", List.of(b("ok"), b("bad\r")))));
        assertFalse(f.has("c"));
    }

    @Test
    void cloneIsMutableAndIndependent() throws Exception {
        Fields original = Fields.fromList(List.of(HttpField.of("a", "1")));
        Fields copy = original.mutableCopy();
        copy.append("b", b("2"));
        assertFalse(original.has("b"));
        assertTrue(copy.isMutable());
    }

    @Test
    void requestAndResponseHeadersAreImmutable() throws Exception {
        Fields given = Fields.fromList(List.of(HttpField.of("content-type", "text/plain")));
        for (Fields headers : List.of(new OutgoingRequest(given).headers(), new OutgoingResponse(given).headers(),
                Fields.immutable(List.of(HttpField.of("content-length", "10"))))) {
            assertFalse(headers.isMutable());
            assertEquals(HeaderError.IMMUTABLE, refusal(() -> headers.set("Content-Length", List.of(b("10")))));
            assertEquals(HeaderError.IMMUTABLE, refusal(() -> headers.append("Content-Length", b("10"))));
            assertEquals(HeaderError.IMMUTABLE, refusal(() -> headers.delete("Content-Length")));
            Fields clone = headers.mutableCopy();
            clone.append("x-added", b("1"));
            assertTrue(clone.has("x-added"));
        }
        // the request keeps its own copy: changing the fields the guest passed in changes nothing
        OutgoingRequest request = new OutgoingRequest(given);
        given.append("x-later", b("1"));
        assertFalse(request.headers().has("x-later"));
    }

    @Test
    void headersHandedToTheGuestDropForbiddenAndInvalidEntries() {
        Fields f = Fields.immutable(List.of(HttpField.of("Host", "example.com"), HttpField.of("Connection", "close"),
                HttpField.of("bad name", "x"), new HttpField("x-ctl", b("a\nb")), HttpField.of("Accept", "*/*")));
        assertEquals(List.of("accept"), f.entries().stream().map(HttpField::name).toList());
    }

    @Test
    void fromListGroupsValuesUnderTheLowerCaseNameAndCopiesThem() throws Exception {
        byte[] first = b("text/plain");
        Fields f = Fields.fromList(List.of(new HttpField("Content-Type", first), new HttpField("x-a", b("1")),
                new HttpField("CONTENT-TYPE", b("text/html")), new HttpField("X-A", b("2"))));
        first[0] = 'X'; // the caller's array is not the field's
        assertEquals(List.of("content-type=text/plain", "content-type=text/html", "x-a=1", "x-a=2"),
                f.entries().stream().map(e -> e.name() + "=" + e.valueAsString()).toList());
        assertEquals(HeaderError.FORBIDDEN,
                refusal(() -> Fields.fromList(List.of(new HttpField("Keep-Alive", b("5"))))));
        assertEquals(HeaderError.INVALID_SYNTAX,
                refusal(() -> Fields.fromList(List.of(new HttpField("bad name", b("5"))))));
    }

    @Test
    void contentLengthIsReadFromTheFieldsWithoutChangingThem() throws Exception {
        Fields one = Fields.fromList(List.of(new HttpField("Content-Length", b("12"))));
        assertEquals(java.util.Optional.of(12L), OutgoingBody.contentLength(one));
        Fields same = Fields.fromList(List.of(new HttpField("content-length", b("7")),
                new HttpField("Content-Length", b(" 7 "))));
        assertEquals(java.util.Optional.of(7L), OutgoingBody.contentLength(same));
        Fields differing = Fields.fromList(List.of(new HttpField("content-length", b("7")),
                new HttpField("content-length", b("8"))));
        assertEquals(java.util.Optional.empty(), OutgoingBody.contentLength(differing));
        assertEquals(java.util.Optional.empty(), OutgoingBody.contentLength(Fields.mutable()));
        assertEquals(2, differing.get("Content-Length").size());
    }
}
