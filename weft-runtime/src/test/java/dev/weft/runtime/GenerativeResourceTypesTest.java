package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.Trap;
import dev.weft.value.ResourceVal;
import dev.weft.value.U32Val;
import dev.weft.value.Val;
import org.junit.jupiter.api.Test;

/**
 * Resource types a component defines are generative (component-model Explainer.md, "resource types are
 * generative"): two instances A and B of fixtures/wat/resources.wat, made from one {@link InstancePre}, each have
 * their own {@code counter} type, so B refuses a counter A made (CanonicalABI {@code lower_own}/{@code lower_borrow}
 * require the handle's type to be the parameter's), and the host cannot lend a counter it no longer owns. Both are
 * refused before the guest runs (IllegalArgumentException naming the function and parameter), so every instance
 * stays usable.
 */
class GenerativeResourceTypesTest {
    private static final CounterComponent COUNTERS = CounterComponent.RESOURCES;

    private static InstancePre pre() throws Exception {
        return COUNTERS.pre();
    }

    private static ComponentFunction f(ComponentInstance instance, String name) {
        return COUNTERS.f(instance, name);
    }

    private static ResourceVal counter(ComponentInstance instance, long start) throws Trap {
        return COUNTERS.counter(instance, start);
    }

    private static Val dropped(ComponentInstance instance) throws Trap {
        return f(instance, "[static]counter.dropped").invoke().orElseThrow();
    }

    @Test
    void anOwnedHandleOfOneInstanceIsRefusedByAnother() throws Exception {
        InstancePre pre = pre();
        ComponentInstance a = pre.instantiate();
        ComponentInstance b = pre.instantiate();
        ResourceVal fromA = counter(a, 7);
        var refused = assertThrows(IllegalArgumentException.class, () -> f(b, "consume").invoke(fromA));
        assertTrue(refused.getMessage().startsWith("consume argument 0 `c`: own<")
                && refused.getMessage().contains("resource types are generative"), refused.getMessage());
        // refused before either guest ran: no destructor ran, A's handle still works in A, B is still usable
        assertEquals(new U32Val(0), dropped(a));
        assertEquals(new U32Val(0), dropped(b));
        assertEquals(new U32Val(8), f(a, "[method]counter.increment").invoke(new ResourceVal(fromA.handle(), false))
                .orElseThrow());
        assertEquals(new U32Val(8), f(a, "consume").invoke(fromA).orElseThrow());
        assertEquals(new U32Val(1), dropped(a));
        assertEquals(new U32Val(0), dropped(b));
        assertEquals(new U32Val(2), f(b, "consume").invoke(counter(b, 2)).orElseThrow());
    }

    @Test
    void aBorrowOfOneInstancesHandleIsRefusedByAnother() throws Exception {
        InstancePre pre = pre();
        ComponentInstance a = pre.instantiate();
        ComponentInstance b = pre.instantiate();
        ResourceVal fromA = counter(a, 3);
        counter(b, 1); // B's counter handles exist too
        var refused = assertThrows(IllegalArgumentException.class,
                () -> f(b, "[method]counter.value").invoke(new ResourceVal(fromA.handle(), false)));
        assertTrue(refused.getMessage().startsWith("[method]counter.value argument 0 `self`: borrow<")
                && refused.getMessage().contains("resource types are generative"), refused.getMessage());
        assertEquals(new U32Val(3), f(a, "[method]counter.value").invoke(new ResourceVal(fromA.handle(), false))
                .orElseThrow());
    }

    @Test
    void eachInstanceUsesItsOwnHandles() throws Exception {
        InstancePre pre = pre();
        ComponentInstance a = pre.instantiate();
        ComponentInstance b = pre.instantiate();
        ResourceVal fromA = counter(a, 10);
        ResourceVal fromB = counter(b, 20);
        assertEquals(new U32Val(21), f(b, "[method]counter.increment").invoke(new ResourceVal(fromB.handle(), false))
                .orElseThrow());
        assertEquals(new U32Val(21), f(b, "consume").invoke(fromB).orElseThrow());
        assertEquals(new U32Val(10), f(a, "consume").invoke(fromA).orElseThrow());
        assertEquals(new U32Val(1), dropped(a));
        assertEquals(new U32Val(1), dropped(b));
    }

    @Test
    void aDroppedOwnHandleCannotBeLent() throws Exception {
        ComponentInstance a = pre().instantiate();
        ResourceVal c = counter(a, 4);
        a.drop(c);
        var refused = assertThrows(IllegalArgumentException.class,
                () -> f(a, "[method]counter.value").invoke(new ResourceVal(c.handle(), false)));
        assertTrue(refused.getMessage().startsWith("[method]counter.value argument 0 `self`: borrow<")
                && refused.getMessage().contains("already dropped or given to a component"), refused.getMessage());
        // refused before the guest ran: the destructor ran once, and the instance is still usable
        assertEquals(new U32Val(1), dropped(a));
        assertEquals(new U32Val(5), f(a, "[method]counter.increment")
                .invoke(new ResourceVal(counter(a, 4).handle(), false)).orElseThrow());
    }

    @Test
    void anOwnHandleMovedIntoACallCannotBeLent() throws Exception {
        ComponentInstance a = pre().instantiate();
        ResourceVal c = counter(a, 6);
        assertEquals(new U32Val(6), f(a, "consume").invoke(c).orElseThrow());
        var refused = assertThrows(IllegalArgumentException.class,
                () -> f(a, "[method]counter.value").invoke(new ResourceVal(c.handle(), false)));
        assertTrue(refused.getMessage().contains("already dropped or given to a component"), refused.getMessage());
        assertEquals(new U32Val(1), dropped(a));
    }
}
