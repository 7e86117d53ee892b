package dev.weft.component.binary;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.weft.component.ast.Component;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void decodesFixtures() throws Exception {
        for (String n : new String[] {"types", "resources", "lift_lower", "nested", "async", "gated"}) {
            Component c = ComponentDecoder.decode(Fixtures.resource(n + ".wasm"));
            assertNotNull(c);
            System.out.println(n + ": " + c);
        }
    }
}
