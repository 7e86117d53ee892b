package dev.weft.conformance.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.FixedListVal;
import dev.weft.value.FlagsVal;
import dev.weft.value.ListVal;
import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
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

class ValueMatcherTest {

    private static boolean matches(Val expected, Val actual) {
        return ValueMatcher.matches(expected, actual);
    }

    @Test
    void listConstantMatchesAFixedLengthListButNotTheOtherWayRound() {
        ListVal written = new ListVal(List.of(new U8Val(1), new U8Val(2)));
        assertTrue(matches(written, new FixedListVal(List.of(new U8Val(1), new U8Val(2)))));
        assertFalse(matches(written, new FixedListVal(List.of(new U8Val(1)))));
        assertFalse(matches(new FixedListVal(List.of()), new ListVal(List.of())));
    }

    @Test
    void flagsMatchInAnyOrderButNotWithExtrasOrRepeats() {
        assertTrue(matches(new FlagsVal(List.of("f9", "f1")), new FlagsVal(List.of("f1", "f9"))));
        assertFalse(matches(new FlagsVal(List.of("f1")), new FlagsVal(List.of("f1", "f9"))));
        assertFalse(matches(new FlagsVal(List.of("f1", "f1")), new FlagsVal(List.of("f1", "f9"))));
    }

    @Test
    void floatsMatchBitwiseAndAnyNanMatchesANan() {
        assertTrue(matches(new F32Val(Float.NaN), new F32Val(Float.intBitsToFloat(0x7FA0_0000))));
        assertFalse(matches(new F32Val(0.0f), new F32Val(-0.0f)));
        assertTrue(matches(new F64Val(-4.4), new F64Val(-4.4)));
        assertFalse(matches(new F64Val(Double.NaN), new F64Val(1.0)));
        assertFalse(matches(new F32Val(1f), new F64Val(1.0)));
    }

    @Test
    void integersMustHaveTheSameType() {
        assertTrue(matches(new U32Val(7), new U32Val(7)));
        assertFalse(matches(new U32Val(7), new S32Val(7)));
        assertFalse(matches(new U32Val(7), new U32Val(8)));
    }

    @Test
    void compositesCompareRecursively() {
        Val expected = new RecordVal(List.of(
                new RecordVal.Field("a", new ListVal(List.of(new U8Val(3)))),
                new RecordVal.Field("b", new VariantVal("x", Optional.of(new FlagsVal(List.of("q", "p")))))));
        Val actual = new RecordVal(List.of(
                new RecordVal.Field("a", new FixedListVal(List.of(new U8Val(3)))),
                new RecordVal.Field("b", new VariantVal("x", Optional.of(new FlagsVal(List.of("p", "q")))))));
        assertTrue(matches(expected, actual));
        Val renamed = new RecordVal(List.of(
                new RecordVal.Field("a", new FixedListVal(List.of(new U8Val(3)))),
                new RecordVal.Field("c", new VariantVal("x", Optional.of(new FlagsVal(List.of("p", "q")))))));
        assertFalse(matches(expected, renamed));
        assertTrue(matches(new TupleVal(List.of(new StringVal("s"))), new TupleVal(List.of(new StringVal("s")))));
        assertFalse(matches(new OptionVal(Optional.empty()), new OptionVal(Optional.of(new U8Val(0)))));
        assertFalse(matches(new ResultVal(true, Optional.empty()), new ResultVal(false, Optional.empty())));
        assertTrue(ValueMatcher.matches(List.of(), List.of()));
        assertFalse(ValueMatcher.matches(List.of(new U8Val(1)), List.of()));
    }
}
