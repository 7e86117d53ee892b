package dev.weft.conformance.wast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.conformance.sexpr.SExprException;
import dev.weft.conformance.sexpr.SExprReader;
import dev.weft.value.BoolVal;
import dev.weft.value.CharVal;
import dev.weft.value.EnumVal;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.FlagsVal;
import dev.weft.value.ListVal;
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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueConstReaderTest {

    private static Val read(String text) throws SExprException, WastSyntaxException {
        return ValueConstReader.read(SExprReader.readAll(text).get(0));
    }

    private static void rejects(String text) {
        assertThrows(WastSyntaxException.class, () -> read(text), text);
    }

    @Test
    void integers() throws Exception {
        assertEquals(new U8Val(255), read("(u8.const 255)"));
        assertEquals(new S8Val((byte) -128), read("(s8.const -128)"));
        assertEquals(new U16Val(0xFFFF), read("(u16.const 0xffff)"));
        assertEquals(new S16Val((short) -12), read("(s16.const -12)"));
        assertEquals(new U32Val(0x1234), read("(u32.const 0x1234)"));
        assertEquals(new U32Val(1_000_000), read("(u32.const 1_000_000)"));
        assertEquals(new S32Val(Integer.MIN_VALUE), read("(s32.const -2147483648)"));
        assertEquals(new S64Val(-14), read("(s64.const -14)"));
        assertEquals(new U64Val(-1L), read("(u64.const 18446744073709551615)"));
        assertEquals(new U64Val(-1L), read("(u64.const 0xffff_ffff_ffff_ffff)"));
    }

    @Test
    void integersOutOfRangeOrMalformedAreRejected() {
        rejects("(u8.const 256)");
        rejects("(s8.const -129)");
        rejects("(u32.const -1)");
        rejects("(u32.const 4294967296)");
        rejects("(u64.const 18446744073709551616)");
        rejects("(s32.const 1__0)");
        rejects("(s32.const _1)");
        rejects("(u32.const 12abc)");
        rejects("(u32.const)");
        rejects("(u32.const 1 2)");
        rejects("(u32.const \"1\")");
    }

    @Test
    void floats() throws Exception {
        assertEquals(new F32Val(5f), read("(f32.const 5)"));
        assertEquals(new F64Val(-4.4), read("(f64.const -4.4)"));
        assertEquals(new F64Val(1.5e10), read("(f64.const 1.5e10)"));
        assertEquals(new F32Val(12f), read("(f32.const 0x1.8p3)"));
        assertEquals(new F64Val(16.0), read("(f64.const 0x10)"));
        assertEquals(new F32Val(Float.NEGATIVE_INFINITY), read("(f32.const -inf)"));
        assertEquals(new F64Val(Double.POSITIVE_INFINITY), read("(f64.const inf)"));
    }

    @Test
    void nanPayloadsKeepTheirBits() throws Exception {
        F32Val f32 = (F32Val) read("(f32.const nan:0x200000)");
        assertEquals(0x7FA0_0000, Float.floatToRawIntBits(f32.value()));
        F32Val canonical = (F32Val) read("(f32.const -nan)");
        assertEquals(0xFFC0_0000, Float.floatToRawIntBits(canonical.value()));
        F64Val f64 = (F64Val) read("(f64.const nan:0x1)");
        assertEquals(0x7FF0_0000_0000_0001L, Double.doubleToRawLongBits(f64.value()));
        rejects("(f32.const nan:0x800000)");
        rejects("(f32.const nan:canonical)");
        rejects("(f32.const 1e39)");
        rejects("(f64.const 1.2.3)");
    }

    @Test
    void adversarialNumbersAreSyntaxErrorsNotCrashes() {
        rejects("(f32.const 0x1p999999999999999999)");
        rejects("(f64.const 1e99999999999999999999)");
        rejects("(u32.const 0x)");
        rejects("(f32.const 0x.p1)");
        rejects("(f64.const --1)");
        rejects("(s64.const 99999999999999999999999999999999)");
        rejects("(f32.const nan:0x)");
        rejects("(char.const \"\\ed\\a0\\80\")");
    }

    @Test
    void boolCharAndString() throws Exception {
        assertEquals(new BoolVal(true), read("(bool.const true)"));
        assertEquals(new BoolVal(false), read("(bool.const false)"));
        assertEquals(new CharVal(0x1F370), read("(char.const \"🍰\")"));
        assertEquals(new CharVal('Z'), read("(char.const \"\\u{5a}\")"));
        assertEquals(new StringVal("a\"b\n"), read("(str.const \"a\\\"b\\n\")"));
        rejects("(bool.const 1)");
        rejects("(char.const \"ab\")");
        rejects("(char.const \"\")");
        rejects("(str.const \"\\ff\")");
    }

    @Test
    void listsAndTuplesNest() throws Exception {
        assertEquals(new ListVal(List.of()), read("(list.const)"));
        assertEquals(new ListVal(List.of(new U32Val(1), new U32Val(2))), read("(list.const (u32.const 1) (u32.const 2))"));
        assertEquals(new TupleVal(List.of(new ListVal(List.of()), new StringVal(""), new BoolVal(false))),
                read("(tuple.const (list.const ) (str.const \"\") (bool.const false))"));
        rejects("(list.const u32.const 1)");
    }

    @Test
    void recordFieldsHoldInlineValues() throws Exception {
        assertEquals(new RecordVal(List.of(new RecordVal.Field("s", new StringVal("v=")),
                        new RecordVal.Field("n", new U32Val(7)))),
                read("(record.const (field \"s\" str.const \"v=\") (field \"n\" u32.const 7))"));
        assertEquals(new RecordVal(List.of(new RecordVal.Field("inner",
                        new RecordVal(List.of(new RecordVal.Field("x", new U8Val(1))))))),
                read("(record.const (field \"inner\" record.const (field \"x\" u8.const 1)))"));
        assertEquals(new RecordVal(List.of(new RecordVal.Field("l", new ListVal(List.of(new U8Val(3)))))),
                read("(record.const (field \"l\" list.const (u8.const 3)))"));
        rejects("(record.const (\"a\" u32.const 1))");
        rejects("(record.const (field \"a\"))");
    }

    @Test
    void variantsEnumsOptionsResultsFlags() throws Exception {
        assertEquals(new VariantVal("a", Optional.of(new U32Val(0))), read("(variant.const \"a\" (u32.const 0))"));
        assertEquals(new VariantVal("b", Optional.empty()), read("(variant.const \"b\")"));
        assertEquals(new EnumVal("red"), read("(enum.const \"red\")"));
        assertEquals(new OptionVal(Optional.empty()), read("(option.none)"));
        assertEquals(new OptionVal(Optional.of(new U32Val(5))), read("(option.some (u32.const 5))"));
        assertEquals(new ResultVal(true, Optional.of(new StringVal("yo"))), read("(result.ok (str.const \"yo\"))"));
        assertEquals(new ResultVal(false, Optional.of(new U32Val(404))), read("(result.err (u32.const 404))"));
        assertEquals(new ResultVal(true, Optional.empty()), read("(result.ok)"));
        assertEquals(new FlagsVal(List.of("f1", "f5", "f9")), read("(flags.const \"f1\" \"f5\" \"f9\")"));
        assertEquals(new FlagsVal(List.of()), read("(flags.const)"));
        rejects("(variant.const)");
        rejects("(variant.const \"a\" (u32.const 0) (u32.const 1))");
        rejects("(option.none (u32.const 1))");
        rejects("(option.some)");
        rejects("(flags.const f1)");
    }

    @Test
    void unknownConstantsAndAtomsAreRejected() {
        rejects("(i32.const 1)");
        rejects("(map.const)");
        assertThrows(WastSyntaxException.class, () -> ValueConstReader.read(SExprReader.readAll("u32").get(0)));
    }
}
