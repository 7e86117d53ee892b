package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.ResourceVal;
import dev.weft.value.U32Val;
import org.junit.jupiter.api.Test;

/**
 * Owned handles of a component's resource that the host holds (fixtures/wat/resources.wat, a counter implemented
 * by the component): each can be given back or dropped once. Giving it to an export twice is refused before the
 * guest runs (IllegalArgumentException, the instance stays usable); dropping it twice is a HOST_FUNCTION trap;
 * either way there is no second handle to the same representation (a double destructor call in the guest).
 */
class HostHeldResourcesTest {
    private static final CounterComponent COUNTERS = CounterComponent.RESOURCES;

    private static ComponentInstance instance() throws Exception {
        return COUNTERS.pre().instantiate();
    }

    private static ComponentFunction f(ComponentInstance instance, String name) {
        return COUNTERS.f(instance, name);
    }

    private static ResourceVal counter(ComponentInstance instance, long start) throws Trap {
        return COUNTERS.counter(instance, start);
    }

    @Test
    void anOwnedHandleIsConsumedOnce() throws Exception {
        ComponentInstance instance = instance();
        ResourceVal c = counter(instance, 5);
        assertEquals(new U32Val(5), f(instance, "consume").invoke(c).orElseThrow());
        assertEquals(new U32Val(1), f(instance, "[static]counter.dropped").invoke().orElseThrow());
        var twice = assertThrows(IllegalArgumentException.class, () -> f(instance, "consume").invoke(c));
        assertTrue(twice.getMessage().startsWith("consume argument 0 `c`: own<test:resources/counters#counter>")
                && twice.getMessage().contains("was already given to a component or dropped"), twice.getMessage());
        // refused before the guest ran: no second destructor call, and the instance is still usable
        assertEquals(new U32Val(1), f(instance, "[static]counter.dropped").invoke().orElseThrow());
        assertEquals(new U32Val(4), f(instance, "consume").invoke(counter(instance, 4)).orElseThrow());
    }

    @Test
    void anOwnedHandleIsDroppedOnce() throws Exception {
        ComponentInstance instance = instance();
        ResourceVal c = counter(instance, 1);
        ResourceVal d = counter(instance, 2);
        instance.drop(c);
        assertEquals(new U32Val(1), f(instance, "[static]counter.dropped").invoke().orElseThrow());
        Trap twice = assertThrows(Trap.class, () -> instance.drop(c));
        assertEquals(TrapKind.HOST_FUNCTION, twice.kind());
        assertTrue(twice.getMessage().startsWith("drop: the owned ") && twice.getMessage().contains("was already given"),
                twice.getMessage());
        // refused before the guest ran: the destructor ran once and the instance is still usable
        assertEquals(new U32Val(1), f(instance, "[static]counter.dropped").invoke().orElseThrow());
        assertEquals(new U32Val(3), f(instance, "[method]counter.increment")
                .invoke(new ResourceVal(d.handle(), false)).orElseThrow());
        assertEquals(new U32Val(3), f(instance, "consume").invoke(d).orElseThrow());
        assertEquals(new U32Val(2), f(instance, "[static]counter.dropped").invoke().orElseThrow());
    }
}
