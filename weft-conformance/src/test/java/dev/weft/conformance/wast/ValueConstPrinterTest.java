package dev.weft.conformance.wast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.conformance.sexpr.SExprReader;
import dev.weft.value.F32Val;
import dev.weft.value.FixedListVal;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueConstPrinterTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "(bool.const true)", "(s8.const -128)", "(u8.const 255)", "(s16.const -12)", "(u16.const 65535)",
        "(s32.const -2147483648)", "(u32.const 4294967295)", "(s64.const -14)",
        "(u64.const 18446744073709551615)", "(f32.const 0.1)", "(f32.const -inf)", "(f64.const -4.4)",
        "(f64.const 1.0E300)", "(char.const \"🍰\")", "(str.const \"a\\\"b\\\\c\\n\")",
        "(list.const (u32.const 1) (u32.const 2))", "(list.const)", "(tuple.const (str.const \"\") (bool.const false))",
        "(record.const (field \"s\" str.const \"v=\") (field \"r\" record.const (field \"x\" u8.const 1)))",
        "(variant.const \"a\" (u32.const 0))", "(variant.const \"b\")", "(enum.const \"red\")", "(option.none)",
        "(option.some (u32.const 5))", "(result.ok)", "(result.err (u32.const 404))",
        "(flags.const \"f1\" \"f5\")", "(flags.const)"})
    void printsWhatTheReaderReadsBack(String text) throws Exception {
        Val value = ValueConstReader.read(SExprReader.readAll(text).get(0));
        String printed = ValueConstPrinter.print(value);
        assertEquals(value, ValueConstReader.read(SExprReader.readAll(printed).get(0)), printed);
    }

    @Test
    void printsInTheScriptsSpelling() {
        assertEquals("(f32.const 5)", ValueConstPrinter.print(new F32Val(5f)));
        assertEquals("(fixed-list.const (u8.const 1))", ValueConstPrinter.print(new FixedListVal(List.of(new U8Val(1)))));
        assertEquals("(nothing)", ValueConstPrinter.print(List.of()));
        assertEquals("(u8.const 1) (u8.const 2)", ValueConstPrinter.print(List.of(new U8Val(1), new U8Val(2))));
    }
}
