package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreEngineArithmeticTest {
    private static CoreInstance arith;

    @BeforeAll
    static void instantiate() throws Exception {
        arith = TestModules.memoryOnlyEngine().compile(TestModules.bytes("arith")).instantiate();
    }

    @Test
    void addsI32WithWrapAround() throws Exception {
        assertArrayEquals(new long[] {5}, arith.function("add").call(2, 3));
        long[] wrapped = arith.function("add").call(Integer.MAX_VALUE, 1);
        // i32 results are sign-extended ints
        assertEquals((long) Integer.MIN_VALUE, wrapped[0]);
    }

    @Test
    void multipliesI64() throws Exception {
        assertEquals(6_000_000_000L * 3, arith.function("mul64").call(6_000_000_000L, 3)[0]);
    }

    @Test
    void floatsTravelAsRawBits() throws Exception {
        long r = arith.function("fdiv").call(Double.doubleToRawLongBits(7.0), Double.doubleToRawLongBits(2.0))[0];
        assertEquals(3.5, Double.longBitsToDouble(r));
        long f = arith.function("fneg").call(Float.floatToRawIntBits(1.5f))[0];
        assertEquals(-1.5f, Float.intBitsToFloat((int) f));
    }

    @Test
    void recursionComputesFactorial() throws Exception {
        assertEquals(2432902008176640000L, arith.function("fac").call(20)[0]);
    }

    @Test
    void returnsMultipleValues() throws Exception {
        assertArrayEquals(new long[] {5, 5000}, arith.function("pair").call(5));
    }

    @Test
    void describesExportsWithCoreTypes() {
        var module = arith.module();
        var add = module.exports().stream().filter(e -> e.name().equals("add")).findFirst().orElseThrow();
        assertEquals(new CoreFuncType(List.of(CoreValType.I32, CoreValType.I32), List.of(CoreValType.I32)), add.type());
        var pair = arith.function("pair").type();
        assertEquals(List.of(CoreValType.I32, CoreValType.I64), pair.results());
        assertEquals(List.of(), module.imports());
        assertEquals(List.of(), module.interpretedFunctions());
    }

    @Test
    void wrongArgumentCountIsAnApiMisuse() {
        assertThrows(IllegalArgumentException.class, () -> arith.function("add").call(1));
        assertThrows(IllegalArgumentException.class, () -> arith.function("nope"));
        assertThrows(IllegalArgumentException.class, () -> arith.memory("add"));
    }
}
