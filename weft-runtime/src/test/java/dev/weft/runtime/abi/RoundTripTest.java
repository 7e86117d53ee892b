package dev.weft.runtime.abi;

import dev.weft.component.types.FlagsType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.value.BoolVal;
import dev.weft.value.CharVal;
import dev.weft.value.EnumVal;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.FixedListVal;
import dev.weft.value.FlagsVal;
import dev.weft.value.ListVal;
import dev.weft.value.MapVal;
import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
import dev.weft.value.ResultVal;
import dev.weft.value.S16Val;
import dev.weft.value.S32Val;
import dev.weft.value.S64Val;
import dev.weft.value.S8Val;
import dev.weft.value.StringVal;
import dev.weft.value.TupleVal;
import dev.weft.value.U16Val;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lower-then-lift and store-then-load give back the value, for every value type. */
class RoundTripTest {
    record Case(String type, Val value) {
    }


    static RecordVal.Field f(String name, Val v) {
        return new RecordVal.Field(name, v);
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("bool", new BoolVal(true)));
        c.add(new Case("bool", new BoolVal(false)));
        c.add(new Case("s8", new S8Val((byte) -128)));
        c.add(new Case("s8", new S8Val((byte) 127)));
        c.add(new Case("u8", new U8Val(255)));
        c.add(new Case("s16", new S16Val((short) -32768)));
        c.add(new Case("u16", new U16Val(65535)));
        c.add(new Case("s32", new S32Val(Integer.MIN_VALUE)));
        c.add(new Case("u32", new U32Val(0xFFFF_FFFFL)));
        c.add(new Case("u32", new U32Val(0x8000_0000L)));
        c.add(new Case("s64", new S64Val(Long.MIN_VALUE)));
        c.add(new Case("u64", new U64Val(-1L)));
        c.add(new Case("f32", new F32Val(-1.5f)));
        c.add(new Case("f32", new F32Val(Float.NEGATIVE_INFINITY)));
        c.add(new Case("f64", new F64Val(Math.PI)));
        c.add(new Case("f64", new F64Val(-0.0)));
        c.add(new Case("char", new CharVal('A')));
        c.add(new Case("char", new CharVal(0x10FFFF)));
        c.add(new Case("char", new CharVal(0x1F600)));
        c.add(new Case("string", new StringVal("")));
        c.add(new Case("string", new StringVal("h\u00e9llo \u20ac \uD83D\uDE00")));
        c.add(new Case("list<u8>", new ListVal(List.of(new U8Val(1), new U8Val(2), new U8Val(3)))));
        c.add(new Case("list<u8>", new ListVal(List.of())));
        c.add(new Case("list<string>", new ListVal(List.of(new StringVal("a"), new StringVal("\u00ff\u0100")))));
        c.add(new Case("list<list<u64>>", new ListVal(List.of(new ListVal(List.of(new U64Val(7))),
                new ListVal(List.of())))));
        c.add(new Case("list<u16,3>", new FixedListVal(List.of(new U16Val(1), new U16Val(2), new U16Val(3)))));
        c.add(new Case("list<string,2>", new FixedListVal(List.of(new StringVal("x"), new StringVal("yz")))));
        c.add(new Case("map<string,u32>", new MapVal(List.of(new MapVal.Entry(new StringVal("k"), new U32Val(9)),
                new MapVal.Entry(new StringVal("l"), new U32Val(10))))));
        c.add(new Case("record{a:u8,b:u32}", new RecordVal(List.of(f("a", new U8Val(1)), f("b", new U32Val(2))))));
        c.add(new Case("record{a:string,b:record{c:f64,d:char}}", new RecordVal(List.of(
                f("a", new StringVal("s")), f("b", new RecordVal(List.of(f("c", new F64Val(2.5)),
                        f("d", new CharVal(0xE9)))))))));
        c.add(new Case("tuple<u8,string,s64>", new TupleVal(List.of(new U8Val(4), new StringVal("t"),
                new S64Val(-5)))));
        c.add(new Case("variant{a,b(string),c(f32)}", new VariantVal("a", Optional.empty())));
        c.add(new Case("variant{a,b(string),c(f32)}", new VariantVal("b", Optional.of(new StringVal("bee")))));
        c.add(new Case("variant{a,b(string),c(f32)}", new VariantVal("c", Optional.of(new F32Val(0.25f)))));
        c.add(new Case("variant{a(f32),b(u64)}", new VariantVal("a", Optional.of(new F32Val(3.5f)))));
        c.add(new Case("variant{a(f32),b(u64)}", new VariantVal("b", Optional.of(new U64Val(0x8000_0000_0000_0001L)))));
        c.add(new Case("variant{a(f64),b(f32)}", new VariantVal("b", Optional.of(new F32Val(-2f)))));
        c.add(new Case("variant{a(s8),b(tuple<u16,f64>)}", new VariantVal("a", Optional.of(new S8Val((byte) -3)))));
        c.add(new Case("variant{a(s8),b(tuple<u16,f64>)}", new VariantVal("b", Optional.of(
                new TupleVal(List.of(new U16Val(500), new F64Val(1e300)))))));
        c.add(new Case("enum{a,b,c}", new EnumVal("c")));
        c.add(new Case("option<u32>", new OptionVal(Optional.empty())));
        c.add(new Case("option<u32>", new OptionVal(Optional.of(new U32Val(42)))));
        c.add(new Case("option<option<string>>", new OptionVal(Optional.of(new OptionVal(Optional.empty())))));
        c.add(new Case("option<option<string>>", new OptionVal(Optional.of(new OptionVal(
                Optional.of(new StringVal("deep")))))));
        c.add(new Case("result", new ResultVal(true, Optional.empty())));
        c.add(new Case("result", new ResultVal(false, Optional.empty())));
        c.add(new Case("result<string,u8>", new ResultVal(true, Optional.of(new StringVal("ok")))));
        c.add(new Case("result<string,u8>", new ResultVal(false, Optional.of(new U8Val(8)))));
        c.add(new Case("result<_,s32>", new ResultVal(false, Optional.of(new S32Val(-1)))));
        c.add(new Case("result<f32,f64>", new ResultVal(false, Optional.of(new F64Val(-7.25)))));
        c.add(new Case("flags{a,b,c}", new FlagsVal(List.of("a", "c"))));
        c.add(new Case("flags{a,b,c}", new FlagsVal(List.of())));
        c.add(new Case("list<tuple<enum{x,y},option<list<u8>>>>", new ListVal(List.of(
                new TupleVal(List.of(new EnumVal("y"), new OptionVal(Optional.of(new ListVal(List.of(new U8Val(9)))))))))));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> flatRoundTrip() {
        return cases().stream().map(c -> DynamicTest.dynamicTest("flat " + c.type + " " + c.value, () -> {
            AbiFixture fx = new AbiFixture();
            ValueType t = TypeText.parse(c.type);
            FlatWriter out = new FlatWriter();
            FlatLowerer.lowerFlat(fx.lowerCx(), c.value, t, out);
            assertEquals(fx.layouts.of(t).flat().size(), out.size(), "flat count");
            FlatReader in = new FlatReader(out.toArray());
            assertEquals(c.value, FlatLifter.liftFlat(fx.liftCx(), in, t));
            assertEquals(true, in.done());
        }));
    }

    @TestFactory
    Stream<DynamicTest> memoryRoundTrip() {
        return cases().stream().map(c -> DynamicTest.dynamicTest("memory " + c.type + " " + c.value, () -> {
            for (StringEncoding e : StringEncoding.values()) {
                AbiFixture fx = new AbiFixture().encoding(e);
                ValueType t = TypeText.parse(c.type);
                long ptr = fx.lowerCx().allocate(fx.layouts.of(t).alignment(), fx.layouts.of(t).size());
                MemoryStorer.store(fx.lowerCx(), c.value, t, ptr);
                assertEquals(c.value, MemoryLoader.load(fx.liftCx(), ptr, t), e.toString());
            }
        }));
    }

    static FlagsType flags(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("f" + i);
        }
        return new FlagsType(names);
    }

    @Test
    void flagsWith33And64Members() throws Trap {
        for (int n : new int[] {33, 64}) {
            FlagsType t = flags(n);
            FlagsVal v = new FlagsVal(n == 33 ? List.of("f0", "f31", "f32") : List.of("f0", "f31", "f32", "f63"));
            AbiFixture fx = new AbiFixture();
            FlatWriter out = new FlatWriter();
            FlatLowerer.lowerFlat(fx.lowerCx(), v, t, out);
            long[] flat = out.toArray();
            assertEquals(2, flat.length);
            assertEquals((int) (1 | 0x8000_0000), (int) flat[0]);
            assertEquals(n == 33 ? 1 : (1 | 0x8000_0000), (int) flat[1]);
            assertEquals(v, FlatLifter.liftFlat(fx.liftCx(), new FlatReader(flat), t));

            MemoryStorer.store(fx.lowerCx(), v, t, 64);
            assertEquals(n == 33 ? "0100008001000000" : "0100008001000080", fx.memory.hex(64, 8));
            assertEquals(v, MemoryLoader.load(fx.liftCx(), 64, t));
        }
    }

    @Test
    void nanIsCanonicalizedOnLiftAndLower() throws Trap {
        AbiFixture fx = new AbiFixture();
        float oddNan = Float.intBitsToFloat(0x7f80_0001);
        Val lifted = FlatLifter.liftFlat(fx.liftCx(), new FlatReader(new long[] {0x7f80_0001}),
                TypeText.parse("f32"));
        assertEquals(0x7fc0_0000, Float.floatToRawIntBits(((F32Val) lifted).value()));
        FlatWriter out = new FlatWriter();
        FlatLowerer.lowerFlat(fx.lowerCx(), new F32Val(oddNan), TypeText.parse("f32"), out);
        assertEquals(0x7fc0_0000, (int) out.toArray()[0]);
        fx.memory.writeI64(8, 0xfff0_0000_0000_0005L);
        Val d = MemoryLoader.load(fx.liftCx(), 8, TypeText.parse("f64"));
        assertEquals(0x7ff8_0000_0000_0000L, Double.doubleToRawLongBits(((F64Val) d).value()));
        MemoryStorer.store(fx.lowerCx(), new F64Val(Double.longBitsToDouble(0xfff0_0000_0000_0005L)),
                TypeText.parse("f64"), 16);
        assertEquals(0x7ff8_0000_0000_0000L, fx.memory.readI64(16));
    }
}
