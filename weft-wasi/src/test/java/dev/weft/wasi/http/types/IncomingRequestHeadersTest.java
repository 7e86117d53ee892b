package dev.weft.wasi.http.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.weft.wasi.http.HttpField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An incoming request made from the received header entries: the guest sees them as immutable fields. */
class IncomingRequestHeadersTest {
    private static List<String> pairs(Fields f) {
        return f.entries().stream().map(e -> e.name() + "=" + e.valueAsString()).toList();
    }

    @Test
    void headersAreTheValidAllowedEntriesLowerCasedAndImmutable() throws Exception {
        List<HttpField> received = new ArrayList<>(List.of(HttpField.of("Host", "example.com"),
                HttpField.of("User-Agent", "curl"), HttpField.of("bad name", "x"), HttpField.of("Accept", "a"),
                HttpField.of("accept", "b"), HttpField.of("Connection", "close"), HttpField.of("x-ctl", "a\u0001b")));
        IncomingRequest request = IncomingRequest.withHeaderEntries(new Method("GET"), Optional.of(Scheme.HTTP),
                Optional.of("example.com"), Optional.of("/"), received, null);
        received.clear(); // the request keeps its own list
        Fields first = request.headers();
        assertEquals(List.of("user-agent=curl", "accept=a", "accept=b"), pairs(first));
        assertFalse(first.isMutable());
        assertEquals(HeaderError.IMMUTABLE, org.junit.jupiter.api.Assertions.assertThrows(HeaderError.Refused.class,
                () -> first.append("x-more", new byte[] {'1'})).error());
        Fields second = request.headers();
        assertNotSame(first, second);
        assertEquals(pairs(first), pairs(second));
        assertEquals(pairs(Fields.immutable(List.of(HttpField.of("Host", "example.com"),
                HttpField.of("User-Agent", "curl"), HttpField.of("Accept", "a"), HttpField.of("accept", "b")))),
                pairs(second));
    }
}
