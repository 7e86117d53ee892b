package dev.weft.runtime.abi;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.OptionVal;
import dev.weft.value.ResultVal;
import dev.weft.value.S64Val;
import dev.weft.value.TupleVal;
import dev.weft.value.U64Val;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** lower_flat_variant / lift_flat_variant coercions through the joined flat types, derived by hand. */
class VariantFlatteningTest {
    private final AbiFixture fx = new AbiFixture();

    private long[] lower(String type, Val v) throws Trap {
        FlatWriter out = new FlatWriter();
        FlatLowerer.lowerFlat(fx.lowerCx(), v, TypeText.parse(type), out);
        return out.toArray();
    }

    private Val lift(String type, long... flat) throws Trap {
        return FlatLifter.liftFlat(fx.liftCx(), new FlatReader(flat), TypeText.parse(type));
    }

    @Test
    void f32AndU64JoinToI64() throws Trap {
        String t = "variant{a(f32),b(u64)}";
        assertEquals(List.of(FlatType.I32, FlatType.I64), fx.layouts.of(TypeText.parse(t)).flat());
        // f32 1.5 = 0x3fc00000, zero-extended into the i64 slot
        assertArrayEquals(new long[] {0, 0x3fc0_0000L}, lower(t, new VariantVal("a", Optional.of(new F32Val(1.5f)))));
        assertArrayEquals(new long[] {1, -1L}, lower(t, new VariantVal("b", Optional.of(new U64Val(-1L)))));
        assertEquals(new VariantVal("a", Optional.of(new F32Val(1.5f))), lift(t, 0, 0x3fc0_0000L));
        // lifting wraps the i64 to i32 first: high bits are ignored
        assertEquals(new VariantVal("a", Optional.of(new F32Val(1.5f))), lift(t, 0, 0xdead_beef_3fc0_0000L));
        // negative f32 bits stay zero-extended in the i64 slot
        assertArrayEquals(new long[] {0, 0xbf80_0000L}, lower(t, new VariantVal("a", Optional.of(new F32Val(-1f)))));
    }

    @Test
    void u8AndU64() throws Trap {
        String t = "variant{a(u8),b(u64)}";
        assertArrayEquals(new long[] {0, 200}, lower(t, new VariantVal("a", Optional.of(new U8Val(200)))));
        assertEquals(new VariantVal("a", Optional.of(new U8Val(200))), lift(t, 0, 200));
    }

    @Test
    void f32AndU32JoinToI32() throws Trap {
        String t = "variant{a(f32),b(u32)}";
        assertArrayEquals(new long[] {0, (long) 0x4000_0000}, lower(t, new VariantVal("a", Optional.of(new F32Val(2f)))));
        assertEquals(new VariantVal("a", Optional.of(new F32Val(2f))), lift(t, 0, 0x4000_0000));
    }

    @Test
    void multiSlotPayloadsArePaddedWithZeros() throws Trap {
        String t = "variant{a(f32),b(s64),c(tuple<u8,f64>)}";
        ValueType vt = TypeText.parse(t);
        assertEquals(List.of(FlatType.I32, FlatType.I64, FlatType.F64), fx.layouts.of(vt).flat());
        assertArrayEquals(new long[] {0, 0x4000_0000L, 0}, lower(t, new VariantVal("a", Optional.of(new F32Val(2f)))));
        assertArrayEquals(new long[] {1, -9L, 0}, lower(t, new VariantVal("b", Optional.of(new S64Val(-9)))));
        Val c = new VariantVal("c", Optional.of(new TupleVal(List.of(new U8Val(7), new F64Val(3.5)))));
        assertArrayEquals(new long[] {2, 7, Double.doubleToRawLongBits(3.5)}, lower(t, c));
        assertEquals(c, lift(t, 2, 7, Double.doubleToRawLongBits(3.5)));
        assertEquals(new VariantVal("b", Optional.of(new S64Val(-9))), lift(t, 1, -9L, 12345));
    }

    @Test
    void optionAndResult() throws Trap {
        assertArrayEquals(new long[] {0, 0}, lower("option<f64>", new OptionVal(Optional.empty())));
        // result<f32,f64>: payload slot is i64; f32 NaN canonicalized then zero-extended
        assertArrayEquals(new long[] {0, 0x7fc0_0000L},
                lower("result<f32,f64>", new ResultVal(true, Optional.of(new F32Val(Float.NaN)))));
        assertArrayEquals(new long[] {1, Double.doubleToRawLongBits(-2.0)},
                lower("result<f32,f64>", new ResultVal(false, Optional.of(new F64Val(-2.0)))));
        assertEquals(new ResultVal(false, Optional.of(new F64Val(-2.0))),
                lift("result<f32,f64>", 1, Double.doubleToRawLongBits(-2.0)));
    }
}
