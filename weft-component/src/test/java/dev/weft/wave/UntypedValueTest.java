package dev.weft.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.weft.wave.UntypedValue.FlagsNode;
import dev.weft.wave.UntypedValue.LabelNode;
import dev.weft.wave.UntypedValue.NumberNode;
import dev.weft.wave.UntypedValue.RecordNode;
import dev.weft.wave.UntypedValue.VariantNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UntypedValueTest {
    /** wasm-wave src/untyped.rs {@code round_trips}: these print back exactly as written. */
    @ParameterizedTest
    @ValueSource(strings = {
        "true", "18446744073709551616", "-9223372036854775808", "[-3.1415, 0, inf, nan, -inf]", "['☃', '\\n']",
        "\"☃☃☃\"", "(1, false)", "{:}", "{code: red}", "left(1)", "[some(1), none]", "[ok(1), err(2)]",
        "[ok, err]", "%inf(inf)", "%some", "%none(none)",
    })
    void roundTrips(String text) throws WaveException {
        assertEquals(text, UntypedValuePrinter.print(WaveParser.parseUntyped(text)));
    }

    @Test
    void normalizes() throws WaveException {
        assertEquals("{a: 1, b: [2, 3]}", UntypedValuePrinter.print(WaveParser.parseUntyped("{ a:1 ,b :[2,3,], }")));
        assertEquals("\"x\\ny\"", UntypedValuePrinter.print(WaveParser.parseUntyped("\"\"\"\n  x\n  y\n  \"\"\"")));
        assertEquals("{read, write}", UntypedValuePrinter.print(WaveParser.parseUntyped("{%read,write,}")));
        assertEquals("iface.f(1, \"a\")", UntypedValuePrinter.print(WaveParser.parseCall("iface.f( 1 , \"a\" )")));
    }

    @Test
    void nodesAndSpans() throws WaveException {
        UntypedValue v = WaveParser.parseUntyped(" {a: x(1.5e3), b: %ok} ");
        RecordNode r = assertInstanceOf(RecordNode.class, v);
        assertEquals(new WaveSpan(1, 22), r.span());
        VariantNode x = assertInstanceOf(VariantNode.class, r.fields().get(0).value());
        assertEquals("x", x.label().name());
        assertEquals(new NumberNode("1.5e3", new WaveSpan(7, 12)), x.payload());
        LabelNode ok = assertInstanceOf(LabelNode.class, r.fields().get(1).value());
        assertEquals(new LabelNode("ok", true, new WaveSpan(18, 21)), ok);
        FlagsNode empty = assertInstanceOf(FlagsNode.class, WaveParser.parseUntyped("{}"));
        assertEquals(0, empty.flags().size());
    }
}
