package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.error.Trap;
import dev.weft.testkit.Fixtures;
import dev.weft.value.RecordVal;
import dev.weft.value.ResourceVal;
import dev.weft.value.U32Val;
import dev.weft.value.Val;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Handles nested in the arguments the host passes to an export (fixtures/wat/nested-handles.wat) are refused like
 * a handle that is an argument itself: before the guest runs, its {@code realloc} is called or any handle moves
 * into its table (IllegalArgumentException naming the function, the parameter and the path inside the value), so
 * the instance stays usable and the host still owns every handle it passed. Refused: a handle of the resource
 * type of another instance (resource types are generative, Explainer.md), an own value already given or dropped,
 * the same own value twice, a borrow of a value the host no longer owns.
 */
class NestedHandleArgumentsTest {
    private static final String IFACE = "test:nested/counters";
    private static final String COUNTER = "test:nested/counters#counter";

    private static InstancePre pre() throws Exception {
        return new Linker().prepare(Engine.builder().withoutDiskCache().build(),
                Component.decode(Fixtures.componentBytes("nested-handles")));
    }

    private static ComponentFunction f(ComponentInstance instance, String name) {
        return instance.function(IFACE, name).orElseThrow(() -> new AssertionError("no export " + name));
    }

    private static ResourceVal counter(ComponentInstance instance, long start) throws Trap {
        return (ResourceVal) f(instance, "[constructor]counter").invoke(Val.u32(start)).orElseThrow();
    }

    private static Val bag(Val... items) {
        return new RecordVal(List.of(new RecordVal.Field("items", Val.list(Arrays.asList(items)))));
    }

    private static ResourceVal borrow(ResourceVal own) {
        return new ResourceVal(own.handle(), false);
    }

    private static long count(ComponentInstance instance, String name) throws Trap {
        return ((U32Val) f(instance, name).invoke().orElseThrow()).value();
    }

    private static void assertRefused(IllegalArgumentException e, String start, String reason) {
        assertTrue(e.getMessage().startsWith(start) && e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void aHandleOfAnotherInstanceInsideARecordsListIsRefusedBeforeAnythingMoves() throws Exception {
        InstancePre pre = pre();
        ComponentInstance a = pre.instantiate();
        ComponentInstance b = pre.instantiate();
        ResourceVal a1 = counter(a, 1);
        ResourceVal a2 = counter(a, 2);
        ResourceVal fromB = counter(b, 5);
        var refused = assertThrows(IllegalArgumentException.class,
                () -> f(a, "consume-bag").invoke(bag(a1, a2, fromB)));
        assertRefused(refused, "consume-bag argument 0 `bag`: params[0].items[2]: own<" + COUNTER + "> of instance ",
                "resource types are generative");
        // nothing happened in A: no realloc, no destructor; a1 and a2 are still the host's, A is still usable
        assertEquals(0, count(a, "reallocs"));
        assertEquals(0, count(a, "dropped"));
        assertEquals(new U32Val(3), f(a, "consume-bag").invoke(bag(a1, a2)).orElseThrow());
        assertEquals(2, count(a, "dropped"));
        assertEquals(new U32Val(5), f(b, "consume-bag").invoke(bag(fromB)).orElseThrow());
    }

    @Test
    void aValidHandleBeforeAWrongOneIsNotMovedOrLost() throws Exception {
        InstancePre pre = pre();
        ComponentInstance a = pre.instantiate();
        ComponentInstance b = pre.instantiate();
        ResourceVal a1 = counter(a, 7);
        ResourceVal fromB = counter(b, 9);
        var refused = assertThrows(IllegalArgumentException.class, () -> f(a, "consume-bag").invoke(bag(a1, fromB)));
        assertRefused(refused, "consume-bag argument 0 `bag`: params[0].items[1]: own<" + COUNTER + ">",
                "resource types are generative");
        // the host still owns items[0]: it can give it to A now, exactly once
        assertEquals(new U32Val(7), f(a, "maybe-consume").invoke(Val.some(a1)).orElseThrow());
        assertEquals(1, count(a, "dropped"));
        assertEquals(0, count(a, "reallocs"));
    }

    @Test
    void anOwnValueAlreadyGivenOrGivenTwiceIsRefused() throws Exception {
        ComponentInstance a = pre().instantiate();
        ResourceVal used = counter(a, 1);
        ResourceVal fresh = counter(a, 2);
        assertEquals(new U32Val(1), f(a, "maybe-consume").invoke(Val.some(used)).orElseThrow());
        var gone = assertThrows(IllegalArgumentException.class, () -> f(a, "consume-bag").invoke(bag(fresh, used)));
        assertRefused(gone, "consume-bag argument 0 `bag`: params[0].items[1]: own<" + COUNTER + ">",
                "was already given to a component or dropped");
        var twice = assertThrows(IllegalArgumentException.class, () -> f(a, "consume-bag").invoke(bag(fresh, fresh)));
        assertRefused(twice, "consume-bag argument 0 `bag`: params[0].items[1]: own<" + COUNTER + ">",
                "is already given to the component by an earlier part of the arguments");
        assertEquals(1, count(a, "dropped"));
        assertEquals(0, count(a, "reallocs"));
        assertEquals(new U32Val(2), f(a, "consume-bag").invoke(bag(fresh)).orElseThrow());
        assertEquals(1, count(a, "reallocs"));
    }

    @Test
    void borrowsInAListAreCheckedToo() throws Exception {
        InstancePre pre = pre();
        ComponentInstance a = pre.instantiate();
        ComponentInstance b = pre.instantiate();
        ResourceVal a1 = counter(a, 3);
        ResourceVal a2 = counter(a, 4);
        ResourceVal fromB = counter(b, 1);
        var foreign = assertThrows(IllegalArgumentException.class,
                () -> f(a, "peek-all").invoke(Val.list(List.of(borrow(a1), borrow(fromB)))));
        assertRefused(foreign, "peek-all argument 0 `items`: params[0][1]: borrow<" + COUNTER + "> of instance ",
                "resource types are generative");
        a.drop(a2);
        var dropped = assertThrows(IllegalArgumentException.class,
                () -> f(a, "peek-all").invoke(Val.list(List.of(borrow(a1), borrow(a2)))));
        assertRefused(dropped, "peek-all argument 0 `items`: params[0][1]: borrow<" + COUNTER + ">",
                "already dropped or given to a component");
        assertEquals(0, count(a, "reallocs"));
        assertEquals(new U32Val(6), f(a, "peek-all").invoke(Val.list(List.of(borrow(a1), borrow(a1)))).orElseThrow());
        assertEquals(1, count(a, "reallocs"));
    }

    @Test
    void aHandleInAnOptionIsCheckedAndAFlatArgumentKeepsItsMessage() throws Exception {
        InstancePre pre = pre();
        ComponentInstance a = pre.instantiate();
        ComponentInstance b = pre.instantiate();
        ResourceVal fromB = counter(b, 2);
        var refused = assertThrows(IllegalArgumentException.class,
                () -> f(a, "maybe-consume").invoke(Val.some(fromB)));
        assertRefused(refused, "maybe-consume argument 0 `c`: params[0].some: own<" + COUNTER + "> of instance ",
                "resource types are generative");
        assertEquals(new U32Val(0), f(a, "maybe-consume").invoke(Val.none()).orElseThrow());
        assertEquals(new U32Val(2), f(b, "maybe-consume").invoke(Val.some(fromB)).orElseThrow());
    }
}
