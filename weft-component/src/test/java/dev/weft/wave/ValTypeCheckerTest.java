package dev.weft.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ValueType;
import dev.weft.value.BoolVal;
import dev.weft.value.EnumVal;
import dev.weft.value.FixedListVal;
import dev.weft.value.FlagsVal;
import dev.weft.value.ListVal;
import dev.weft.value.MapVal;
import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
import dev.weft.value.ResourceHandle;
import dev.weft.value.ResourceVal;
import dev.weft.value.ResultVal;
import dev.weft.value.S32Val;
import dev.weft.value.StringVal;
import dev.weft.value.TupleVal;
import dev.weft.value.U32Val;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValTypeCheckerTest {
    private record Handle(ResourceType type) implements ResourceHandle {
    }

    private static String mismatch(String type, Val val) {
        return ValTypeChecker.mismatch(TestTypes.parse(type), val).orElse("<matches>");
    }

    private static RecordVal rec(Object... nameValue) {
        List<RecordVal.Field> fields = new java.util.ArrayList<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            fields.add(new RecordVal.Field((String) nameValue[i], (Val) nameValue[i + 1]));
        }
        return new RecordVal(fields);
    }

    @Test
    void recordFieldMessages() {
        assertEquals("record field `b`: expected u32, got string",
                mismatch("record{a: u32, b: u32}", rec("a", new U32Val(1), "b", new StringVal("x"))));
        assertEquals("missing record field `b`", mismatch("record{a: u32, b: u32}", rec("a", new U32Val(1))));
        assertEquals("record field 1: expected field `b`, got `c`",
                mismatch("record{a: u32, b: u32}", rec("a", new U32Val(1), "c", new U32Val(2))));
        assertEquals("unexpected record field `c`",
                mismatch("record{a: u32}", rec("a", new U32Val(1), "c", new U32Val(2))));
        assertEquals("<matches>", mismatch("record{a: u32, b: option<u32>}",
                rec("a", new U32Val(1), "b", new OptionVal(Optional.empty()))));
    }

    @Test
    void nestedPaths() {
        Val val = new ListVal(List.of(new TupleVal(List.of(new BoolVal(true))),
                new TupleVal(List.of(new S32Val(1)))));
        assertEquals("list element 1: tuple element 0: expected bool, got s32", mismatch("list<tuple<bool>>", val));
        assertEquals("option payload: expected u8, got u32",
                mismatch("option<u8>", new OptionVal(Optional.of(new U32Val(3)))));
        assertEquals("err payload: expected string, got bool",
                mismatch("result<u8, string>", new ResultVal(false, Optional.of(new BoolVal(true)))));
        assertEquals("ok: missing payload of type u8", mismatch("result<u8, string>", new ResultVal(true,
                Optional.empty())));
        assertEquals("err: unexpected payload",
                mismatch("result<u8>", new ResultVal(false, Optional.of(new U8Val(1)))));
        assertEquals("map value 0: expected u8, got string", mismatch("map<string, u8>",
                new MapVal(List.of(new MapVal.Entry(new StringVal("k"), new StringVal("v"))))));
    }

    @Test
    void casesAndFlags() {
        assertEquals("`c` is not a case of variant { a, b(u8) }", mismatch("variant{a, b(u8)}",
                new VariantVal("c", Optional.empty())));
        assertEquals("variant case `b`: missing payload of type u8", mismatch("variant{a, b(u8)}",
                new VariantVal("b", Optional.empty())));
        assertEquals("variant case `a`: unexpected payload", mismatch("variant{a, b(u8)}",
                new VariantVal("a", Optional.of(new U8Val(1)))));
        assertEquals("`x` is not a case of enum { a, b }", mismatch("enum{a, b}", new EnumVal("x")));
        assertEquals("`x` is not a flag of flags { a, b }", mismatch("flags{a, b}", new FlagsVal(List.of("x"))));
        assertEquals("flag `a` is set twice", mismatch("flags{a, b}", new FlagsVal(List.of("a", "a"))));
        assertEquals("<matches>", mismatch("flags{a, b}", new FlagsVal(List.of("b", "a"))));
    }

    @Test
    void lengths() {
        assertEquals("expected 2 tuple elements, got 1", mismatch("tuple<u8, u8>", new TupleVal(List.of(new U8Val(1)))));
        assertEquals("expected 2 list elements, got 1", mismatch("list<u8, 2>", new FixedListVal(List.of(new U8Val(1)))));
        assertEquals("expected list<u8, 2>, got list", mismatch("list<u8, 2>",
                new ListVal(List.of(new U8Val(1), new U8Val(2)))));
    }

    @Test
    void resourcesMatchByIdentityAndOwnership() {
        ResourceType file = TestTypes.resource("file");
        ResourceType other = new ResourceType("file");
        assertEquals("<matches>", mismatch("own<file>", new ResourceVal(new Handle(file), true)));
        assertEquals("<matches>", mismatch("borrow<file>", new ResourceVal(new Handle(file), false)));
        // the owner of a handle may lend it where a borrow is expected (lower_borrow takes any handle of the type)
        assertEquals("<matches>", mismatch("borrow<file>", new ResourceVal(new Handle(file), true)));
        assertEquals("expected borrow<file>, got resource file",
                mismatch("borrow<file>", new ResourceVal(new Handle(other), false)));
        assertEquals("expected own<file>, got borrow resource",
                mismatch("own<file>", new ResourceVal(new Handle(file), false)));
        assertEquals("expected own<file>, got resource file",
                mismatch("own<file>", new ResourceVal(new Handle(other), true)));
        assertEquals("expected borrow<file>, got string", mismatch("borrow<file>", new StringVal("f")));
    }

    @Test
    void checkThrowsWithTheMessage() {
        ValueType t = TestTypes.parse("list<u8>");
        ValTypeMismatchException e = assertThrows(ValTypeMismatchException.class,
                () -> ValTypeChecker.check(t, new ListVal(List.of(new U8Val(1), new StringVal("x")))));
        assertEquals("list element 1: expected u8, got string", e.getMessage());
        assertTrue(ValTypeChecker.matches(t, new ListVal(List.of(new U8Val(1)))));
        assertEquals("expected list<u8>, got null", ValTypeChecker.mismatch(t, null).orElseThrow());
    }

    @Test
    void everyParsedValueMatchesItsType() throws WaveException {
        RandomValues gen = new RandomValues(99);
        for (int i = 0; i < 500; i++) {
            ValueType type = gen.type(4);
            Val val = gen.value(type);
            assertEquals(Optional.empty(), ValTypeChecker.mismatch(type, val));
            assertEquals(Optional.empty(),
                    ValTypeChecker.mismatch(type, WaveParser.parse(type, WavePrinter.print(type, val))));
        }
    }

    @Test
    void streamsAndFuturesHaveNoValues() {
        ValueType stream = new dev.weft.component.types.StreamType(Optional.empty());
        assertEquals("no value representation for stream", ValTypeChecker.mismatch(stream, new U8Val(1)).orElseThrow());
    }
}
