package dev.weft.runtime.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.types.ResourceType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import org.junit.jupiter.api.Test;

/**
 * Generative resource types at the lowering level (CanonicalABI {@code lower_own}/{@code lower_borrow}): a
 * representation made by one instance of a defining component is not of the type another instance defines, also
 * where the value is nested in another (lowered without the host-call pre-check).
 */
class ResourceOriginsTest {
    private final ResourceType counter = new ResourceType("counter");

    private InstanceState definingInstance(String name) {
        InstanceState state = new InstanceState(name, null, Table.MAX_LENGTH, new ResourceOrigins());
        state.resourceOrigins().define(counter, state);
        return state;
    }

    @Test
    void lowerOwnRefusesARepOfAnotherInstancesType() {
        InstanceState a = definingInstance("a");
        InstanceState b = definingInstance("b");
        GuestRep fromA = new GuestRep(counter, a, 16);
        Trap refused = assertThrows(Trap.class, () -> ResourceHandles.lowerOwn(b, fromA, counter, "consume"));
        assertEquals(TrapKind.HOST_FUNCTION, refused.kind());
        assertTrue(refused.getMessage().startsWith("argument of consume: own<counter> of instance a passed to "
                + "instance b"), refused.getMessage());
        assertEquals(0, b.handles().liveCount());
    }

    @Test
    void lowerBorrowRefusesARepOfAnotherInstancesType() {
        InstanceState a = definingInstance("a");
        InstanceState b = definingInstance("b");
        Trap refused = assertThrows(Trap.class, () -> ResourceHandles.lowerBorrow(b, new TaskScope("f"),
                new GuestRep(counter, a, 16), counter, false, null));
        assertTrue(refused.getMessage().startsWith("borrow<counter> of instance a"), refused.getMessage());
    }

    @Test
    void aBorrowIntoTheDefiningInstanceIsItsRep() throws Trap {
        InstanceState a = definingInstance("a");
        assertEquals(16, ResourceHandles.lowerBorrow(a, new TaskScope("f"), new GuestRep(counter, a, 16), counter,
                false, null));
    }

    @Test
    void aTypeTheInstantiationImportsIsNotChecked() {
        InstanceState a = definingInstance("a");
        InstanceState importer = new InstanceState("importer", null, Table.MAX_LENGTH, new ResourceOrigins());
        assertNull(ResourceHandles.refusal(importer, new GuestRep(counter, a, 16), counter, false, false));
    }

    @Test
    void aTypeSeveralInstancesDefineIsCheckedAgainstTheReceiver() {
        ResourceOrigins origins = new ResourceOrigins();
        InstanceState first = new InstanceState("first", null, Table.MAX_LENGTH, origins);
        InstanceState second = new InstanceState("second", null, Table.MAX_LENGTH, origins);
        InstanceState other = new InstanceState("other", null, Table.MAX_LENGTH, origins);
        origins.define(counter, first);
        origins.define(counter, second);
        assertSame(first, origins.definer(counter, first));
        assertSame(second, origins.definer(counter, second));
        assertNull(origins.definer(counter, other));
        assertTrue(ResourceHandles.refusal(second, new GuestRep(counter, first, 8), counter, true, false)
                .contains("resource types are generative"));
    }
}
