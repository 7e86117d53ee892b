package dev.weft.runtime.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import dev.weft.value.ListVal;
import dev.weft.value.MapVal;
import dev.weft.value.RecordVal;
import dev.weft.value.ResourceVal;
import dev.weft.value.ResultVal;
import dev.weft.value.TupleVal;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The pre-check of the handles in a host call's arguments, on every kind of value that can hold one: the path it
 * reports ({@code params[0].one}, {@code params[1].err[0]}, ...), the order it checks in (lowering order), and
 * that functions whose parameters hold no handle are not walked.
 */
class HostArgumentHandlesTest {
    private final ResourceType counter = new ResourceType("counter");
    private final InstanceState a = defining("a");
    private final InstanceState b = defining("b");

    private InstanceState defining(String name) {
        InstanceState state = new InstanceState(name, null, Table.MAX_LENGTH, new ResourceOrigins());
        state.resourceOrigins().define(counter, state);
        return state;
    }

    /** An own value made by {@code owner} that the host holds (it left the owner's table). */
    private ResourceVal held(InstanceState owner, int rep) {
        GuestRep g = new GuestRep(counter, owner, rep);
        owner.ownLeftTable(g);
        return new ResourceVal(g, true);
    }

    private static FuncType func(ValueType... params) {
        List<FuncType.Param> list = new java.util.ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            list.add(new FuncType.Param("p" + i, params[i]));
        }
        return new FuncType(list, Optional.empty(), false);
    }

    private Optional<HostArgumentHandles.Refusal> refusal(FuncType type, Val... args) {
        return HostArgumentHandles.of(type).refusal(b, List.of(args));
    }

    @Test
    void typesWithoutHandlesAreNotPlanned() {
        FuncType plain = func(PrimitiveType.STRING, new ListType(new RecordType(List.of(
                new RecordType.Field("x", PrimitiveType.U32)))));
        assertFalse(HostArgumentHandles.of(plain).any());
        assertTrue(HostArgumentHandles.of(func(PrimitiveType.U32, new ListType(new OwnType(counter)))).any());
    }

    @Test
    void aVariantCasePayloadIsNamedByItsCase() {
        VariantType v = new VariantType(List.of(new VariantType.Case("none", Optional.empty()),
                new VariantType.Case("one", Optional.of(new OwnType(counter)))));
        var r = refusal(func(v), new VariantVal("one", Optional.of(held(a, 8)))).orElseThrow();
        assertEquals(0, r.param());
        assertEquals("params[0].one", r.path());
        assertTrue(r.message().startsWith("params[0].one: own<counter> of instance a passed to instance b"),
                r.message());
        assertTrue(refusal(func(v), new VariantVal("none", Optional.empty())).isEmpty());
    }

    @Test
    void resultTupleAndMapPathsAndTheFirstRefusalInLoweringOrder() {
        ResultType result = new ResultType(Optional.of(PrimitiveType.U32),
                Optional.of(new ListType(new BorrowType(counter))));
        TupleType tuple = new TupleType(List.of(PrimitiveType.U32, new OwnType(counter)));
        MapType map = new MapType(PrimitiveType.STRING, new OwnType(counter));
        FuncType f = func(tuple, result, map);
        Val goodTuple = new TupleVal(List.of(Val.u32(1), held(b, 4)));
        Val badErr = new ResultVal(false, Optional.of(new ListVal(List.of(new ResourceVal(held(a, 8).handle(), false)))));
        Val badMap = new MapVal(List.of(new MapVal.Entry(Val.string("k"), held(a, 12))));
        var r = refusal(f, goodTuple, badErr, badMap).orElseThrow();
        assertEquals(1, r.param());
        assertEquals("params[1].err[0]", r.path());
        assertTrue(r.reason().startsWith("borrow<counter> of instance a"), r.reason());
        Val okResult = new ResultVal(true, Optional.of(Val.u32(3)));
        assertEquals("params[2][0].value", refusal(f, goodTuple, okResult, badMap).orElseThrow().path());
        Val badTuple = new TupleVal(List.of(Val.u32(1), held(a, 16)));
        assertEquals("params[0].1", refusal(f, badTuple, okResult, badMap).orElseThrow().path());
    }

    @Test
    void aHandleThatIsTheArgumentItselfHasNoPathInItsMessage() {
        var r = refusal(func(new OwnType(counter)), held(a, 8)).orElseThrow();
        assertFalse(r.nested());
        assertTrue(r.message().startsWith("own<counter> of instance a passed to instance b"), r.message());
    }

    @Test
    void anOwnValueMovedByAnEarlierArgumentCannotBeMovedOrLentAgain() {
        ResourceVal mine = held(b, 20);
        ResourceVal lent = new ResourceVal(mine.handle(), false);
        FuncType ownThenBorrow = func(new OwnType(counter), new RecordType(List.of(
                new RecordType.Field("items", new ListType(new BorrowType(counter))))));
        var r = refusal(ownThenBorrow, mine, new RecordVal(List.of(new RecordVal.Field("items",
                new ListVal(List.of(lent)))))).orElseThrow();
        assertEquals("params[1].items[0]", r.path());
        assertTrue(r.reason().contains("is already given to the component by an earlier part of the arguments"),
                r.reason());
        // lent first, then moved: lowering does that without complaint
        FuncType borrowThenOwn = func(new BorrowType(counter), new OwnType(counter));
        assertTrue(refusal(borrowThenOwn, lent, mine).isEmpty());
        // nothing was moved by the checks: the host still holds the value
        assertTrue(b.ownedOutsideTables((GuestRep) mine.handle()));
    }
}
