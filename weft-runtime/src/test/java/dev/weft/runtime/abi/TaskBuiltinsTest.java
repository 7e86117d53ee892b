package dev.weft.runtime.abi;

import static dev.weft.runtime.abi.StringTranscodingTest.assertTrap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import dev.weft.error.Trap;
import dev.weft.runtime.engine.CoreFuncType;
import dev.weft.runtime.engine.CoreValType;
import dev.weft.value.F32Val;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The task built-ins Weft honours synchronously (CanonicalABI.md: {@code context.get/set} are per task and last
 * through post-return, {@code backpressure.inc/dec} count within [0, 2^16), {@code task.return} delivers an
 * async-lifted callee's results once) and {@code canon lower async} of a callee that completes at once (status
 * {@code RETURNED} = 2, results stored through the out-pointer).
 */
class TaskBuiltinsTest {
    private static final VariantType MIX = new VariantType(List.of(
            new VariantType.Case("f", Optional.of(PrimitiveType.F32)),
            new VariantType.Case("l", Optional.of(PrimitiveType.U64))));
    private final AbiFixture fx = new AbiFixture();

    private static FuncType func(Optional<ValueType> result, ValueType... params) {
        List<FuncType.Param> ps = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            ps.add(new FuncType.Param("p" + i, params[i]));
        }
        return new FuncType(ps, result, false);
    }

    @Test
    void contextIsPerTaskAndVisibleToPostReturn() throws Trap {
        FlatFunction get = TaskBuiltins.contextGet(fx.instance, 0);
        FlatFunction set = TaskBuiltins.contextSet(fx.instance, 0);
        int[] seenByPostReturn = new int[1];
        int[] seenAtStart = new int[1];
        CanonOptions opts = fx.options().withPostReturn(results -> {
            seenByPostReturn[0] = (int) get.call(new long[0])[0];
            return new long[0];
        });
        CanonLift f = new CanonLift("f", func(Optional.of(PrimitiveType.U32)), opts, fx.instance, args -> {
            seenAtStart[0] = (int) get.call(new long[0])[0];
            set.call(new long[] {42});
            return new long[] {7};
        }, fx.layouts);
        assertEquals(List.of(new U32Val(7)), f.call(List.of()));
        assertEquals(42, seenByPostReturn[0]);
        assertEquals(List.of(new U32Val(7)), f.call(List.of()));
        assertEquals(0, seenAtStart[0], "a new task starts with zeroed context");
        assertTrap("outside of a task", () -> get.call(new long[0]));
    }

    @Test
    void backpressureCountsWithinItsRange() throws Trap {
        FlatFunction inc = TaskBuiltins.backpressureInc(fx.instance);
        FlatFunction dec = TaskBuiltins.backpressureDec(fx.instance);
        assertTrap("underflowed", () -> dec.call(new long[0]));
        for (int i = 0; i < 0xffff; i++) {
            inc.call(new long[0]);
        }
        assertTrap("overflowed", () -> inc.call(new long[0]));
        dec.call(new long[0]);
        assertEquals(0xfffe, fx.instance.backpressure());
    }

    @Test
    void asyncLiftDeliversTaskReturnValues() throws Trap {
        FlatFunction taskReturn = TaskBuiltins.taskReturn(fx.instance, fx.options(),
                CoreFuncType.of(List.of(CoreValType.I32, CoreValType.I64), List.of()), fx.layouts);
        CanonLift mixRet = new CanonLift("mix-ret", func(Optional.of(MIX)), fx.options(), fx.instance, args -> {
            // an f32 travels in the low half of the i64 join slot; the high bits are dropped
            taskReturn.call(new long[] {0, 0xffffffff40490fdbL});
            return new long[0];
        }, fx.layouts, CanonLift.Mode.ASYNC);
        assertEquals(List.of(new VariantVal("f", Optional.of(new F32Val(Float.intBitsToFloat(0x40490fdb))))),
                mixRet.call(List.of()));
    }

    @Test
    void asyncLiftTrapsWithoutOrWithTwoTaskReturns() {
        FlatFunction taskReturn = TaskBuiltins.taskReturn(fx.instance, fx.options(),
                CoreFuncType.of(List.of(CoreValType.I32), List.of()), fx.layouts);
        FuncType type = func(Optional.of(PrimitiveType.U32));
        CanonLift none = new CanonLift("none", type, fx.options(), fx.instance, args -> new long[0], fx.layouts,
                CanonLift.Mode.ASYNC);
        assertTrap("without calling task.return", () -> none.call(List.of()));
        var fresh = new AbiFixture();
        FlatFunction taskReturn2 = TaskBuiltins.taskReturn(fresh.instance, fresh.options(),
                CoreFuncType.of(List.of(CoreValType.I32), List.of()), fresh.layouts);
        CanonLift twice = new CanonLift("twice", type, fresh.options(), fresh.instance, args -> {
            taskReturn2.call(new long[] {1});
            taskReturn2.call(new long[] {2});
            return new long[0];
        }, fresh.layouts, CanonLift.Mode.ASYNC);
        assertTrap("task.return called twice", () -> twice.call(List.of()));
        assertTrap("which is not lifted async", () -> {
            var sync = new AbiFixture();
            FlatFunction ret = TaskBuiltins.taskReturn(sync.instance, sync.options(),
                    CoreFuncType.of(List.of(CoreValType.I32), List.of()), sync.layouts);
            new CanonLift("sync", type, sync.options(), sync.instance, args -> {
                ret.call(new long[] {1});
                return new long[] {1};
            }, sync.layouts).call(List.of());
        });
        assertTrap("outside of a task", () -> taskReturn.call(new long[] {1}));
    }

    @Test
    void taskReturnOfTheWrongTypeTraps() {
        FlatFunction wrong = TaskBuiltins.taskReturn(fx.instance, fx.options(),
                CoreFuncType.of(List.of(CoreValType.I64), List.of()), fx.layouts);
        CanonLift f = new CanonLift("f", func(Optional.of(PrimitiveType.U32)), fx.options(), fx.instance, args -> {
            wrong.call(new long[] {1});
            return new long[0];
        }, fx.layouts, CanonLift.Mode.ASYNC);
        assertTrap("does not match the result type", () -> f.call(List.of()));
    }

    @Test
    void callbackLiftExitsOrTraps() throws Trap {
        FuncType type = func(Optional.of(PrimitiveType.U32));
        FlatFunction taskReturn = TaskBuiltins.taskReturn(fx.instance, fx.options(),
                CoreFuncType.of(List.of(CoreValType.I32), List.of()), fx.layouts);
        CanonLift exit = new CanonLift("exit", type, fx.options(), fx.instance, args -> {
            taskReturn.call(new long[] {9});
            return new long[] {0};
        }, fx.layouts, CanonLift.Mode.ASYNC_CALLBACK);
        assertEquals(List.of(new U32Val(9)), exit.call(List.of()));
        var other = new AbiFixture();
        CanonLift yield = new CanonLift("yield", type, other.options(), other.instance, args -> new long[] {1},
                other.layouts, CanonLift.Mode.ASYNC_CALLBACK);
        assertTrap("callback code 1", () -> yield.call(List.of()));
    }

    @Test
    void asyncLowerStoresResultsThroughThePointerAndReturnsReturned() throws Trap {
        List<List<Val>> received = new ArrayList<>();
        CanonLowerAsync lower = new CanonLowerAsync("mix-ret", func(Optional.of(MIX), PrimitiveType.U32),
                fx.options(), fx.instance, args -> {
                    received.add(args);
                    return List.of(new VariantVal("f", Optional.of(new F32Val(Float.intBitsToFloat(0x40490fdb)))));
                }, fx.layouts);
        assertArrayEquals(new long[] {2}, lower.call(new long[] {5, 16}));
        assertEquals(List.of(List.of(new U32Val(5))), received);
        assertEquals(0, fx.memory.readI8(16));
        assertEquals(0x40490fdb, fx.memory.readI32(24), "the f32 payload sits at the variant's 8-byte alignment");
    }

    @Test
    void asyncLowerPassesMoreThanFourFlatParamsThroughMemory() throws Trap {
        List<List<Val>> received = new ArrayList<>();
        ValueType[] params = {PrimitiveType.U32, PrimitiveType.U32, PrimitiveType.U32, PrimitiveType.U32,
                PrimitiveType.U64};
        CanonLowerAsync lower = new CanonLowerAsync("five", func(Optional.empty(), params), fx.options(),
                fx.instance, args -> {
                    received.add(args);
                    return List.of();
                }, fx.layouts);
        for (int i = 0; i < 4; i++) {
            fx.memory.writeI32(64 + 4L * i, i + 1);
        }
        fx.memory.writeI32(80, 5);
        fx.memory.writeI32(84, 0);
        assertArrayEquals(new long[] {2}, lower.call(new long[] {64}));
        assertEquals(List.of(List.of(new U32Val(1), new U32Val(2), new U32Val(3), new U32Val(4), new U64Val(5))),
                received);
        assertTrap("called with 2 core values, expected 1", () -> lower.call(new long[] {64, 0}));
    }
}
