package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dispatch switch: the system property picks inline or pool; anything else is refused by name. */
class DispatchTest {
    @AfterEach
    void clear() {
        System.clearProperty(Dispatch.PROPERTY);
    }

    @Test
    void thePropertyPicksTheDispatch() {
        assertEquals(Dispatch.DEFAULT, Dispatch.configured());
        System.setProperty(Dispatch.PROPERTY, "inline");
        assertEquals(Dispatch.INLINE, Dispatch.configured());
        System.setProperty(Dispatch.PROPERTY, " Pool ");
        assertEquals(Dispatch.POOL, Dispatch.configured());
    }

    @Test
    void anUnknownValueIsRefusedByName() {
        System.setProperty(Dispatch.PROPERTY, "virtual");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Dispatch::configured);
        assertTrue(e.getMessage().contains("weft.server.dispatch=virtual"), e.getMessage());
    }
}
