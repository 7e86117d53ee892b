package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.Trap;
import dev.weft.value.RecordVal;
import dev.weft.value.ResourceVal;
import dev.weft.value.U32Val;
import dev.weft.value.Val;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Handles nested in the arguments the host passes to an export (fixtures/wat/nested-handles.wat) are refused like
 * a handle that is an argument itself: before the guest runs, its {@code realloc} is called or any handle moves
 * into its table (IllegalArgumentException naming the function, the parameter and the path inside the value), so
 * the instance stays usable and the host still owns every handle it passed. Refused: a handle of the resource
 * type of another instance (resource types are generative, Explainer.md), an own value already given or dropped,
 * the same own value twice, a borrow of a value the host no longer owns.
 */
class NestedHandleArgumentsTest {
    private static final CounterComponent COUNTERS = new CounterComponent("nested-handles", "test:nested/counters");
    private static final String COUNTER = "test:nested/counters#counter";

    /** Two instances of the component from one {@link InstancePre}: each has its own counter type. */
    private record Two(ComponentInstance a, ComponentInstance b) {
        static Two of() throws Exception {
            InstancePre pre = COUNTERS.pre();
            return new Two(pre.instantiate(), pre.instantiate());
        }

        /** A counter made by B: of a type A refuses. */
        ResourceVal foreign(long start) throws Trap {
            return COUNTERS.counter(b, start);
        }
    }

    private static ComponentFunction f(ComponentInstance instance, String name) {
        return COUNTERS.f(instance, name);
    }

    private static ResourceVal counter(ComponentInstance instance, long start) throws Trap {
        return COUNTERS.counter(instance, start);
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

    /** Asserts that {@code call} is refused with a message that starts with {@code start} and gives {@code reason}. */
    private static void assertRefused(Executable call, String start, String reason) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(message.startsWith(start) && message.contains(reason), message);
    }

    @Test
    void aHandleOfAnotherInstanceInsideARecordsListIsRefusedBeforeAnythingMoves() throws Exception {
        Two two = Two.of();
        ComponentInstance a = two.a();
        ResourceVal a1 = counter(a, 1);
        ResourceVal a2 = counter(a, 2);
        ResourceVal fromB = two.foreign(5);
        assertRefused(() -> f(a, "consume-bag").invoke(bag(a1, a2, fromB)),
                "consume-bag argument 0 `bag`: params[0].items[2]: own<" + COUNTER + "> of instance ",
                "resource types are generative");
        // nothing happened in A: no realloc, no destructor; a1 and a2 are still the host's, A is still usable
        assertEquals(0, count(a, "reallocs"));
        assertEquals(0, count(a, "dropped"));
        assertEquals(new U32Val(3), f(a, "consume-bag").invoke(bag(a1, a2)).orElseThrow());
        assertEquals(2, count(a, "dropped"));
        assertEquals(new U32Val(5), f(two.b(), "consume-bag").invoke(bag(fromB)).orElseThrow());
    }

    @Test
    void aValidHandleBeforeAWrongOneIsNotMovedOrLost() throws Exception {
        Two two = Two.of();
        ComponentInstance a = two.a();
        ResourceVal a1 = counter(a, 7);
        ResourceVal fromB = two.foreign(9);
        assertRefused(() -> f(a, "consume-bag").invoke(bag(a1, fromB)),
                "consume-bag argument 0 `bag`: params[0].items[1]: own<" + COUNTER + ">",
                "resource types are generative");
        // the host still owns items[0]: it can give it to A now, exactly once
        assertEquals(new U32Val(7), f(a, "maybe-consume").invoke(Val.some(a1)).orElseThrow());
        assertEquals(1, count(a, "dropped"));
        assertEquals(0, count(a, "reallocs"));
    }

    @Test
    void anOwnValueAlreadyGivenOrGivenTwiceIsRefused() throws Exception {
        ComponentInstance a = COUNTERS.pre().instantiate();
        ResourceVal used = counter(a, 1);
        ResourceVal fresh = counter(a, 2);
        assertEquals(new U32Val(1), f(a, "maybe-consume").invoke(Val.some(used)).orElseThrow());
        assertRefused(() -> f(a, "consume-bag").invoke(bag(fresh, used)),
                "consume-bag argument 0 `bag`: params[0].items[1]: own<" + COUNTER + ">",
                "was already given to a component or dropped");
        assertRefused(() -> f(a, "consume-bag").invoke(bag(fresh, fresh)),
                "consume-bag argument 0 `bag`: params[0].items[1]: own<" + COUNTER + ">",
                "is already given to the component by an earlier part of the arguments");
        assertEquals(1, count(a, "dropped"));
        assertEquals(0, count(a, "reallocs"));
        assertEquals(new U32Val(2), f(a, "consume-bag").invoke(bag(fresh)).orElseThrow());
        assertEquals(1, count(a, "reallocs"));
    }

    @Test
    void borrowsInAListAreCheckedToo() throws Exception {
        Two two = Two.of();
        ComponentInstance a = two.a();
        ResourceVal a1 = counter(a, 3);
        ResourceVal a2 = counter(a, 4);
        ResourceVal fromB = two.foreign(1);
        assertRefused(() -> f(a, "peek-all").invoke(Val.list(List.of(borrow(a1), borrow(fromB)))),
                "peek-all argument 0 `items`: params[0][1]: borrow<" + COUNTER + "> of instance ",
                "resource types are generative");
        a.drop(a2);
        assertRefused(() -> f(a, "peek-all").invoke(Val.list(List.of(borrow(a1), borrow(a2)))),
                "peek-all argument 0 `items`: params[0][1]: borrow<" + COUNTER + ">",
                "already dropped or given to a component");
        assertEquals(0, count(a, "reallocs"));
        assertEquals(new U32Val(6), f(a, "peek-all").invoke(Val.list(List.of(borrow(a1), borrow(a1)))).orElseThrow());
        assertEquals(1, count(a, "reallocs"));
    }

    @Test
    void aHandleInAnOptionIsCheckedAndAFlatArgumentKeepsItsMessage() throws Exception {
        Two two = Two.of();
        ComponentInstance a = two.a();
        ResourceVal fromB = two.foreign(2);
        assertRefused(() -> f(a, "maybe-consume").invoke(Val.some(fromB)),
                "maybe-consume argument 0 `c`: params[0].some: own<" + COUNTER + "> of instance ",
                "resource types are generative");
        assertEquals(new U32Val(0), f(a, "maybe-consume").invoke(Val.none()).orElseThrow());
        assertEquals(new U32Val(2), f(two.b(), "maybe-consume").invoke(Val.some(fromB)).orElseThrow());
    }
}
