package dev.weft.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.testkit.json.Json;
import dev.weft.testkit.json.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonParserTest {
    @Test
    void parsesNestedValues() {
        Json.JsonObject o = JsonParser.parse("""
                { "a": [1, -2.5e3, true, false, null], "s": "x\\n\\u00e9\\"", "o": {} }""").asObject();
        List<Json> a = o.get("a").asList();
        assertEquals(new Json.JsonNumber("1"), a.get(0));
        assertEquals(new Json.JsonNumber("-2.5e3"), a.get(1));
        assertEquals(List.of(new Json.JsonBool(true), new Json.JsonBool(false), Json.JsonNull.INSTANCE), a.subList(2, 5));
        assertEquals("x\né\"", o.get("s").asString());
        assertTrue(o.get("o").asObject().members().isEmpty());
        assertTrue(o.get("missing").isNull());
    }

    @Test
    void badInputNamesTheOffset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonParser.parse("[1, 02]"));
        assertEquals("bad value at offset 4", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonParser.parse("{\"a\" 1}"));
        assertThrows(IllegalArgumentException.class, () -> JsonParser.parse("\"open"));
        assertThrows(IllegalArgumentException.class, () -> JsonParser.parse("[] x"));
    }
}
