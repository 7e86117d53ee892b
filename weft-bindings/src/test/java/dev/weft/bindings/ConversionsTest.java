package dev.weft.bindings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResultType;
import dev.weft.value.ListVal;
import dev.weft.value.OptionVal;
import dev.weft.value.ResultVal;
import dev.weft.value.StringVal;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lower/Lift for the value shapes generated code uses, the unsigned checks and the structural signatures. */
class ConversionsTest {
    @Test
    void unsignedValuesOutOfRangeAreRefusedNotWrapped() {
        assertEquals(new U8Val(255), Lower.u8(255));
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Lower.u8(256));
        assertEquals("u8 out of range: 256 (expected 0..255)", e.getMessage());
        assertThrows(ArithmeticException.class, () -> Lower.u16(-1));
        assertEquals(new U32Val(4_294_967_295L), Lower.u32(4_294_967_295L));
        assertThrows(ArithmeticException.class, () -> Lower.u32(4_294_967_296L));
        assertThrows(ArithmeticException.class, () -> Lower.u32s(new long[] {1, -1}));
        // u64: a long holding the unsigned bits, 2^64-1 is -1L
        assertEquals(new U64Val(-1L), Lower.u64(Unsigned.u64(new BigInteger("18446744073709551615"))));
        assertEquals("18446744073709551615", Unsigned.u64ToBigInteger(Lift.u64(new U64Val(-1L))).toString());
        assertThrows(ArithmeticException.class, () -> Unsigned.u64(BigInteger.ONE.shiftLeft(64)));
        assertThrows(ArithmeticException.class, () -> Unsigned.u64ToSignedExact(-1L));
    }

    @Test
    void bytesAreUnsignedOnTheWire() {
        Val v = Lower.bytes(new byte[] {0, 127, (byte) 0x80, (byte) 0xFF});
        assertEquals(new ListVal(List.of(new U8Val(0), new U8Val(127), new U8Val(128), new U8Val(255))), v);
        assertArrayEquals(new byte[] {0, 127, (byte) 0x80, (byte) 0xFF}, Lift.bytes(v));
    }

    @Test
    void optionsAndResultsRoundTrip() {
        Val some = Lower.option(Optional.of(7L), Lower::u32);
        assertEquals(new OptionVal(Optional.of(new U32Val(7))), some);
        assertEquals(Optional.of(7L), Lift.option(some, Lift::u32));
        Val err = Lower.<Void, String>result(Result.err("no"), null, Lower::string);
        assertEquals(new ResultVal(false, Optional.of(new StringVal("no"))), err);
        Result<Void, String> back = Lift.result(err, null, Lift::string);
        assertEquals(Result.err("no"), back);
        assertEquals(Optional.of("no"), back.err());
        ResultException thrown = assertThrows(ResultException.class, back::orElseThrow);
        assertEquals("no", thrown.error());
        assertEquals(Result.ok(3), Result.<Integer, String>ok(1).map(x -> x + 2));
    }

    @Test
    void aValueOfTheWrongShapeNamesBoth() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lift.string(new U32Val(1)));
        assertTrue(e.getMessage().contains("expected a string value, got U32Val"), e.getMessage());
    }

    @Test
    void signaturesSpellTheStructure() {
        FuncType f = new FuncType(List.of(new FuncType.Param("p", new RecordType(List.of(
                new RecordType.Field("x", PrimitiveType.S32)))), new FuncType.Param("o",
                new OptionType(PrimitiveType.STRING))), Optional.of(new ResultType(Optional.empty(),
                Optional.of(PrimitiveType.STRING))), false);
        assertEquals("func(p: record { x: s32 }, o: option<string>) -> result<_, string>", Signatures.of(f));
    }
}
