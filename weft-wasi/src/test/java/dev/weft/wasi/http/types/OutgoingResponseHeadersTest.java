package dev.weft.wasi.http.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.http.HttpField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headers an outgoing response takes: from the guest without a copy, from Java code as a copy. */
class OutgoingResponseHeadersTest {
    private static List<String> pairs(List<HttpField> fields) {
        return fields.stream().map(e -> e.name() + "=" + e.valueAsString()).toList();
    }

    @Test
    void fieldsTheGuestGaveAwayAreTakenAndFrozen() throws Exception {
        Fields given = Fields.fromList(List.of(HttpField.of("Content-Type", "text/plain"),
                HttpField.of("content-length", "5")));
        OutgoingResponse response = OutgoingResponse.taking(given);
        assertFalse(given.isMutable());
        assertEquals(HeaderError.IMMUTABLE, assertThrows(HeaderError.Refused.class,
                () -> given.append("x-late", new byte[] {'1'})).error());
        assertEquals(List.of("content-type=text/plain", "content-length=5"), pairs(response.headerEntries()));
        assertFalse(response.headers().isMutable());
        assertEquals(java.util.Optional.of(5L), OutgoingBody.contentLength(response.headers()));
    }

    @Test
    void theConstructorKeepsACopySoTheCallersFieldsStayTheirs() throws Exception {
        Fields given = Fields.fromList(List.of(HttpField.of("x-a", "1")));
        OutgoingResponse response = new OutgoingResponse(given);
        given.append("x-b", new byte[] {'2'});
        assertTrue(given.isMutable());
        assertEquals(List.of("x-a=1"), pairs(response.headerEntries()));
    }
}
