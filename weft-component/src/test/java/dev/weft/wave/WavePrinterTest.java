package dev.weft.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ValueType;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.ListVal;
import dev.weft.value.RecordVal;
import dev.weft.value.ResourceHandle;
import dev.weft.value.ResourceVal;
import dev.weft.value.StringVal;
import dev.weft.value.U32Val;
import dev.weft.value.Val;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WavePrinterTest {
    private record Handle(ResourceType type) implements ResourceHandle {
    }

    @Test
    void resultsPrintLikeWasmtimeInvoke() {
        // wasmtime run --invoke prints DisplayFuncResults: the single result, or () when there is none
        assertEquals("()", WavePrinter.printResult(Optional.empty(), Optional.empty()));
        assertEquals("\"hello, world\"", WavePrinter.printResult(Optional.of(PrimitiveType.STRING),
                Optional.of(new StringVal("hello, world"))));
        assertThrows(ValTypeMismatchException.class,
                () -> WavePrinter.printResult(Optional.of(PrimitiveType.STRING), Optional.empty()));
    }

    @Test
    void resourcesPrintOpaquely() {
        ResourceType file = TestTypes.resource("file");
        ValueType type = TestTypes.parse("record{f: own<file>, g: borrow<file>}");
        Val val = new RecordVal(List.of(new RecordVal.Field("f", new ResourceVal(new Handle(file), true)),
                new RecordVal.Field("g", new ResourceVal(new Handle(file), false))));
        assertEquals("{f: <own file>, g: <borrow file>}", WavePrinter.print(type, val));
        // the opaque form is not WAVE: reading it back fails with a clear error
        WaveException e = assertThrows(WaveException.class, () -> WaveParser.parse(new OwnType(file), "<own file>"));
        assertEquals(WaveErrorKind.INVALID_TOKEN, e.kind());
    }

    @Test
    void mismatchedValueIsRejected() {
        ValueType type = TestTypes.parse("record{a: u32, b: u32}");
        Val val = new RecordVal(List.of(new RecordVal.Field("a", new U32Val(1)),
                new RecordVal.Field("b", new StringVal("x"))));
        ValTypeMismatchException e = assertThrows(ValTypeMismatchException.class, () -> WavePrinter.print(type, val));
        assertEquals("record field `b`: expected u32, got string", e.getMessage());
    }

    @Test
    void argumentsPrintParenthesized() {
        FuncType f = new FuncType(List.of(new FuncType.Param("xs", TestTypes.parse("list<u32>")),
                new FuncType.Param("s", PrimitiveType.STRING)), Optional.empty(), false);
        assertEquals("([1, 2], \"a\\nb\")", WavePrinter.printArguments(f,
                List.of(new ListVal(List.of(new U32Val(1), new U32Val(2))), new StringVal("a\nb"))));
        ValTypeMismatchException e = assertThrows(ValTypeMismatchException.class,
                () -> WavePrinter.printArguments(f, List.of(new StringVal("a"), new StringVal("b"))));
        assertEquals("argument `xs`: expected list<u32>, got string", e.getMessage());
    }

    /** Rust's Display for f32/f64 (what wasm-wave writes): shortest round-trip digits, no exponent. */
    @ParameterizedTest
    @CsvSource({
        "1.0, 1",
        "-2.5, -2.5",
        "1.0E-7, 0.0000001",
        "1.0E16, 10000000000000000",
        "123456.789, 123456.789",
        "2.0E23, 200000000000000000000000",
        "4.9E-324, 0." + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                + "000000000000000000000000000000000005",
    })
    void formatsF64(double value, String expected) {
        assertEquals(expected, WavePrinter.print(PrimitiveType.F64, new F64Val(value)));
    }

    @ParameterizedTest
    @CsvSource({
        "3.4028235E38, 340282350000000000000000000000000000000",
        "1.4E-45, 0.000000000000000000000000000000000000000000001",
        "1.17549435E-38, 0.000000000000000000000000000000000000011754944",
        "0.3, 0.3",
        "16777216, 16777216",
        "-0.0, -0",
    })
    void formatsF32(float value, String expected) {
        assertEquals(expected, WavePrinter.print(PrimitiveType.F32, new F32Val(value)));
    }

    @Test
    void nanIsCanonicalAndPrintsAsNan() throws WaveException {
        assertEquals("nan", WavePrinter.print(PrimitiveType.F32, new F32Val(Float.intBitsToFloat(0x7fc0_0001))));
        assertEquals("nan", WavePrinter.print(PrimitiveType.F64,
                new F64Val(Double.longBitsToDouble(0xfff8_0000_0000_0001L))));
        F32Val parsed = (F32Val) WaveParser.parse(PrimitiveType.F32, "nan");
        assertEquals(0x7fc0_0000, Float.floatToRawIntBits(parsed.value()));
        F64Val parsed64 = (F64Val) WaveParser.parse(PrimitiveType.F64, "nan");
        assertEquals(0x7ff8_0000_0000_0000L, Double.doubleToRawLongBits(parsed64.value()));
    }

    @Test
    void keywordCaseNamesArePercentEscaped() {
        for (String k : List.of("true", "false", "some", "none", "ok", "err", "inf", "nan")) {
            assertEquals(true, WavePrinter.isKeyword(k));
        }
        assertEquals(false, WavePrinter.isKeyword("okay"));
    }
}
