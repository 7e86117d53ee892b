package dev.weft.runtime.abi;

import dev.weft.value.EnumVal;
import dev.weft.value.FixedListVal;
import dev.weft.value.FlagsVal;
import dev.weft.value.ListVal;
import dev.weft.value.RecordVal;
import dev.weft.value.ResultVal;
import dev.weft.value.S32Val;
import dev.weft.value.StringVal;
import dev.weft.value.U32Val;
import dev.weft.value.U8Val;
import dev.weft.value.VariantVal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.weft.runtime.abi.StringTranscodingTest.assertTrap;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every trap condition of lifting and lowering, each a Trap (never another exception) with a clear message. */
class TrapTest {
    private final AbiFixture fx = new AbiFixture(1024);

    private void liftFlat(String type, long... flat) throws dev.weft.error.Trap {
        FlatLifter.liftFlat(fx.liftCx(), new FlatReader(flat), TypeText.parse(type));
    }

    @Test
    void badDiscriminants() {
        assertTrap("discriminant 3 is out of range", () -> liftFlat("enum{a,b,c}", 3));
        assertTrap("discriminant 4294967295 is out of range", () -> liftFlat("option<u8>", -1, 0));
        assertTrap("discriminant 2 is out of range", () -> liftFlat("result<u8,u8>", 2, 0));
        fx.memory.bytes[100] = 3;
        assertTrap("discriminant 3 is out of range",
                () -> MemoryLoader.load(fx.liftCx(), 100, TypeText.parse("variant{a,b(u8),c}")));
    }

    @Test
    void invalidChars() throws Exception {
        assertTrap("beyond U+10FFFF", () -> liftFlat("char", 0x110000));
        assertTrap("beyond U+10FFFF", () -> liftFlat("char", -1));
        assertTrap("surrogate", () -> liftFlat("char", 0xD800));
        assertTrap("surrogate", () -> liftFlat("char", 0xDFFF));
        fx.memory.writeI32(200, 0xDC00);
        assertTrap("surrogate", () -> MemoryLoader.load(fx.liftCx(), 200, TypeText.parse("char")));
        liftFlat("char", 0xD7FF);
        liftFlat("char", 0xE000);
    }

    @Test
    void listLengthAlignmentAndBounds() {
        // 2^26 u32s = 2^28 bytes > MAX_LIST_BYTE_LENGTH (2^28 - 1)
        assertTrap("exceeds the maximum of 268435455 bytes", () -> liftFlat("list<u32>", 0, 1 << 26));
        assertTrap("exceeds the maximum", () -> liftFlat("list<u8>", 0, 1 << 28));
        assertTrap("exceeds the maximum", () -> liftFlat("list<string>", 0, -1));
        assertTrap("not aligned to 4", () -> liftFlat("list<u32>", 2, 1));
        assertTrap("not aligned to 8", () -> liftFlat("list<u64>", 4, 1));
        assertTrap("out of bounds", () -> liftFlat("list<u8>", 1000, 25));
        assertTrap("out of bounds", () -> liftFlat("list<u8>", 0xFFFF_FFF0L, 0x20));
    }

    @Test
    void spilledValuesAlignmentAndBounds() {
        assertTrap("not aligned", () -> FlatValues.lift(fx.liftCx(), 1, new FlatReader(new long[] {2}),
                List.of(dev.weft.component.types.PrimitiveType.U32, dev.weft.component.types.PrimitiveType.U32),
                (dev.weft.component.types.TupleType) TypeText.parse("tuple<u32,u32>"), 2));
        assertTrap("out of bounds", () -> FlatValues.lift(fx.liftCx(), 1, new FlatReader(new long[] {1020}),
                List.of(dev.weft.component.types.PrimitiveType.U32, dev.weft.component.types.PrimitiveType.U32),
                (dev.weft.component.types.TupleType) TypeText.parse("tuple<u32,u32>"), 2));
    }

    @Test
    void missingOptions() {
        LiftLowerContext noMemory = new LiftLowerContext(CanonOptions.none(), fx.instance, fx.subtask, fx.layouts);
        assertTrap("memory canon option is absent",
                () -> FlatLifter.liftFlat(noMemory, new FlatReader(new long[] {0, 0}), TypeText.parse("string")));
        LiftLowerContext noRealloc = new LiftLowerContext(new CanonOptions(fx.memory, null, null, StringEncoding.UTF8),
                fx.instance, fx.task, fx.layouts);
        assertTrap("realloc canon option is absent", () -> FlatLowerer.lowerFlat(noRealloc,
                new ListVal(List.of(new U8Val(1))), TypeText.parse("list<u8>"), new FlatWriter()));
    }

    @Test
    void reallocResultsAreChecked() {
        LiftLowerContext misaligned = new LiftLowerContext(CanonOptions.of(fx.memory, (p, o, a, n) -> 2,
                StringEncoding.UTF8), fx.instance, fx.task, fx.layouts);
        assertTrap("not aligned to 4", () -> FlatLowerer.lowerFlat(misaligned,
                new ListVal(List.of(new U32Val(1))), TypeText.parse("list<u32>"), new FlatWriter()));
        LiftLowerContext outside = new LiftLowerContext(CanonOptions.of(fx.memory, (p, o, a, n) -> 1020,
                StringEncoding.UTF8), fx.instance, fx.task, fx.layouts);
        assertTrap("out of bounds", () -> FlatLowerer.lowerFlat(outside,
                new ListVal(List.of(new U32Val(1), new U32Val(2))), TypeText.parse("list<u32>"), new FlatWriter()));
        LiftLowerContext throwing = new LiftLowerContext(CanonOptions.of(fx.memory, (p, o, a, n) -> {
            throw new dev.weft.error.Trap("guest realloc trapped");
        }, StringEncoding.UTF8), fx.instance, fx.task, fx.layouts);
        assertTrap("guest realloc trapped", () -> FlatLowerer.lowerFlat(throwing, new StringVal("x"),
                TypeText.parse("string"), new FlatWriter()));
        assertEquals(true, fx.instance.mayLeave(), "may_leave restored after a trapping realloc");
    }

    @Test
    void reallocRunsWithMayLeaveCleared() throws Exception {
        boolean[] seen = new boolean[1];
        LiftLowerContext cx = new LiftLowerContext(CanonOptions.of(fx.memory, (p, o, a, n) -> {
            seen[0] = fx.instance.mayLeave();
            return 16;
        }, StringEncoding.UTF8), fx.instance, fx.task, fx.layouts);
        FlatLowerer.lowerFlat(cx, new StringVal("x"), TypeText.parse("string"), new FlatWriter());
        assertEquals(false, seen[0]);
        fx.instance.setMayLeave(false);
        assertTrap("may not leave", () -> cx.allocate(1, 1));
    }

    @Test
    void hostValuesThatDoNotMatchTheirType() {
        FlatWriter out = new FlatWriter();
        LiftLowerContext cx = fx.lowerCx();
        assertTrap("does not match type s32", () -> FlatLowerer.lowerFlat(cx, new U32Val(1), TypeText.parse("s32"), out));
        assertTrap("does not match", () -> FlatLowerer.lowerFlat(cx, null, TypeText.parse("u8"), out));
        assertTrap("has field 'x' where type", () -> FlatLowerer.lowerFlat(cx,
                new RecordVal(List.of(new RecordVal.Field("x", new U8Val(1)))), TypeText.parse("record{a:u8}"), out));
        assertTrap("is not a case", () -> FlatLowerer.lowerFlat(cx, new VariantVal("z", Optional.empty()),
                TypeText.parse("variant{a,b}"), out));
        assertTrap("is not a case", () -> FlatLowerer.lowerFlat(cx, new EnumVal("z"), TypeText.parse("enum{a}"), out));
        assertTrap("needs a payload", () -> FlatLowerer.lowerFlat(cx, new VariantVal("a", Optional.empty()),
                TypeText.parse("variant{a(u8)}"), out));
        assertTrap("has no payload", () -> FlatLowerer.lowerFlat(cx, new ResultVal(true, Optional.of(new U8Val(1))),
                TypeText.parse("result<_,u8>"), out));
        assertTrap("has 1 elements", () -> FlatLowerer.lowerFlat(cx, new FixedListVal(List.of(new U8Val(1))),
                TypeText.parse("list<u8,2>"), out));
        assertTrap("not a label", () -> FlatLowerer.lowerFlat(cx, new FlagsVal(List.of("q")),
                TypeText.parse("flags{a}"), out));
        assertTrap("does not match", () -> MemoryStorer.store(cx, new S32Val(1), TypeText.parse("string"), 0));
        assertTrap("does not match", () -> FlatLowerer.lowerFlat(cx, new ListVal(List.of(new S32Val(1))),
                TypeText.parse("list<u8>"), out));
    }

    @Test
    void tooFewCoreValues() {
        assertTrap("expected another i32 core value", () -> liftFlat("tuple<u8,u8>", 1));
        assertTrap("expected another i64 core value", () -> liftFlat("variant{a(u64)}", 0));
    }
}
