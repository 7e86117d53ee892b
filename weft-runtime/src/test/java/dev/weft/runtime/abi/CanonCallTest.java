package dev.weft.runtime.abi;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.runtime.resource.HostRep;
import dev.weft.runtime.resource.ResourceBuiltins;
import dev.weft.runtime.resource.ResourceHandleEntry;
import dev.weft.value.ResourceVal;
import dev.weft.value.StringVal;
import dev.weft.value.U32Val;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.weft.runtime.abi.StringTranscodingTest.assertTrap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Export calls (canon lift, host calling a guest) and import calls (canon lower, guest calling the host). */
class CanonCallTest {
    private final AbiFixture fx = new AbiFixture();

    private static FuncType func(Optional<ValueType> result, ValueType... params) {
        List<FuncType.Param> ps = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            ps.add(new FuncType.Param("p" + i, params[i]));
        }
        return new FuncType(ps, result, false);
    }

    private CanonLift lift(FuncType ft, FlatFunction callee) {
        return new CanonLift("test-export", ft, fx.options(), fx.instance, callee, fx.layouts);
    }

    private CanonLower lower(FuncType ft, HostFunction host) {
        return new CanonLower("test-import", ft, fx.options(), fx.instance, host, fx.layouts);
    }

    @Test
    void flatExport() throws Trap {
        CanonLift add = lift(func(Optional.of(PrimitiveType.U32), PrimitiveType.U32, PrimitiveType.U32),
                args -> new long[] {(int) args[0] + (int) args[1]});
        assertEquals(List.of(new U32Val(0xFFFF_FFFEL)), add.call(List.of(new U32Val(0xFFFF_FFFFL), new U32Val(0xFFFF_FFFFL))));
    }

    @Test
    void seventeenParamsArePassedThroughMemory() throws Trap {
        ValueType[] params = new ValueType[17];
        List<Val> args = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            params[i] = PrimitiveType.U8;
            args.add(new U8Val(i + 1));
        }
        CanonLift sum = lift(func(Optional.of(PrimitiveType.U32), params), flat -> {
            assertEquals(1, flat.length);
            int s = 0;
            for (int i = 0; i < 17; i++) {
                s += fx.memory.readI8(flat[0] + i);
            }
            return new long[] {s};
        });
        assertEquals(List.of(new U32Val(153)), sum.call(args));
        assertEquals(List.of("0/0/1/17=>16"), fx.realloc.log);
    }

    @Test
    void stringResultThroughReturnPointerThenPostReturn() throws Trap {
        fx.memory.write(100, "hello".getBytes(StandardCharsets.UTF_8), 0, 5);
        fx.memory.writeI32(200, 100);
        fx.memory.writeI32(204, 5);
        boolean[] postReturnSawMayLeave = {true};
        long[][] postReturnArgs = new long[1][];
        CanonOptions opts = fx.options().withPostReturn(results -> {
            postReturnSawMayLeave[0] = fx.instance.mayLeave();
            postReturnArgs[0] = results;
            return new long[0];
        });
        CanonLift greet = new CanonLift("greet", func(Optional.of(PrimitiveType.STRING)), opts, fx.instance,
                args -> new long[] {200}, fx.layouts);
        assertEquals(List.of(new StringVal("hello")), greet.call(List.of()));
        assertEquals(false, postReturnSawMayLeave[0]);
        assertArrayEquals(new long[] {200}, postReturnArgs[0]);
        assertEquals(true, fx.instance.mayLeave());
        assertEquals(true, fx.instance.mayEnter());
    }

    @Test
    void reenteringAnActiveInstanceTraps() throws Trap {
        CanonLift[] self = new CanonLift[1];
        self[0] = lift(func(Optional.empty()), args -> {
            self[0].call(List.of());
            return new long[0];
        });
        assertTrap("cannot enter instance test", () -> self[0].call(List.of()));
        assertEquals(false, fx.instance.mayEnter(), "a trapped instance stays entered");
        CanonLift other = lift(func(Optional.empty()), args -> new long[0]);
        assertTrap("cannot enter instance test", () -> other.call(List.of()));
    }

    @Test
    void coreResultCountIsChecked() {
        CanonLift bad = lift(func(Optional.of(PrimitiveType.U32)), args -> new long[0]);
        assertTrap("returned 0 values, expected 1", () -> bad.call(List.of()));
        AbiFixture fresh = new AbiFixture();
        CanonLift add = new CanonLift("add", func(Optional.empty(), PrimitiveType.U32), fresh.options(),
                fresh.instance, args -> new long[0], fresh.layouts);
        assertTrap("expected 1 value(s), got 0", () -> add.call(List.of()));
    }

    @Test
    void borrowedHostResourceMustBeDroppedByTheCallee() throws Trap {
        HostRep<String> rep = new HostRep<>(TypeText.RESOURCE, "state");
        FuncType ft = func(Optional.empty(), new BorrowType(TypeText.RESOURCE));
        CanonLift leaks = lift(ft, args -> new long[0]);
        assertTrap("borrow handle(s) passed to it were not dropped", () -> leaks.call(List.of(new ResourceVal(rep, false))));
        AbiFixture fresh = new AbiFixture();
        CanonLift drops = new CanonLift("drops", ft, fresh.options(), fresh.instance, args -> {
            ResourceBuiltins.resourceDrop(fresh.instance, TypeText.RESOURCE, (int) args[0], null);
            return new long[0];
        }, fresh.layouts);
        drops.call(List.of(new ResourceVal(rep, false)));
    }

    @Test
    void ownedResourceRoundTripsThroughTheGuest() throws Trap {
        HostRep<String> rep = new HostRep<>(TypeText.RESOURCE, "state");
        OwnType own = new OwnType(TypeText.RESOURCE);
        CanonLift identity = lift(func(Optional.of(own), own), args -> new long[] {args[0]});
        List<Val> out = identity.call(List.of(new ResourceVal(rep, true)));
        assertSame(rep, ((ResourceVal) out.get(0)).handle());
        assertEquals(true, ((ResourceVal) out.get(0)).owned());
        assertEquals(0, fx.instance.handles().liveCount());
    }

    @Test
    void engineExceptionsBecomeTraps() {
        CanonLift broken = lift(func(Optional.empty()), args -> {
            throw new IllegalStateException("engine bug");
        });
        // an unexpected engine exception is no rule of the spec, so it keeps the kind OTHER
        dev.weft.error.Trap trap = org.junit.jupiter.api.Assertions.assertThrows(dev.weft.error.Trap.class,
                () -> broken.call(List.of()));
        assertEquals("test-export failed: java.lang.IllegalStateException: engine bug", trap.getMessage());
        assertEquals(dev.weft.error.TrapKind.OTHER, trap.kind());
    }

    @Test
    void coreSignatureForTheEngine() {
        CanonLower f = lower(func(Optional.of(PrimitiveType.F64), PrimitiveType.STRING, PrimitiveType.S64), args -> List.of());
        assertEquals("(func (param i32 i32 i64) (result f64))", f.coreSignature().toCoreFuncType().toString());
    }

    @Test
    void ownParameterNeedsAnOwnedValue() {
        HostRep<String> rep = new HostRep<>(TypeText.RESOURCE, "state");
        CanonLift take = lift(func(Optional.empty(), new OwnType(TypeText.RESOURCE)), args -> new long[0]);
        assertTrap("a borrowed resource value was passed where own<r> (owned) is needed",
                () -> take.call(List.of(new ResourceVal(rep, false))));
    }

    @Test
    void importWithStringsUsesTheOutPointer() throws Trap {
        fx.memory.write(100, "bob".getBytes(StandardCharsets.UTF_8), 0, 3);
        CanonLower greet = lower(func(Optional.of(PrimitiveType.STRING), PrimitiveType.STRING),
                args -> List.of(new StringVal("hi, " + ((StringVal) args.get(0)).value())));
        assertEquals(List.of(FlatType.I32, FlatType.I32, FlatType.I32), greet.coreSignature().params());
        assertArrayEquals(new long[0], greet.call(new long[] {100, 3, 304}));
        assertEquals(List.of("0/0/1/7=>16"), fx.realloc.log);
        assertEquals(16, fx.memory.readI32(304));
        assertEquals(7, fx.memory.readI32(308));
        assertEquals("hi, bob", new String(fx.memory.read(16, 7), StandardCharsets.UTF_8));
    }

    @Test
    void importWithSpilledParams() throws Trap {
        ValueType[] params = new ValueType[20];
        for (int i = 0; i < 20; i++) {
            params[i] = PrimitiveType.U32;
            fx.memory.writeI32(400 + 4L * i, i * 10);
        }
        CanonLower f = lower(func(Optional.of(PrimitiveType.U32), params), args -> {
            long s = 0;
            for (Val v : args) {
                s += ((U32Val) v).value();
            }
            return List.of(new U32Val(s));
        });
        assertArrayEquals(new long[] {1900}, f.call(new long[] {400}));
        assertTrap("not aligned to 4", () -> f.call(new long[] {402}));
    }

    @Test
    void borrowArgumentIsLentForTheDurationOfTheImportCall() throws Trap {
        HostRep<String> rep = new HostRep<>(TypeText.RESOURCE, "state");
        int h = fx.instance.handles().add(ResourceHandleEntry.owned(TypeText.RESOURCE, rep));
        int[] lendsDuringCall = {-1};
        CanonLower use = lower(func(Optional.empty(), new BorrowType(TypeText.RESOURCE)), args -> {
            lendsDuringCall[0] = ((ResourceHandleEntry) fx.instance.handles().get(h)).numLends();
            assertEquals(new ResourceVal(rep, false), args.get(0));
            return List.of();
        });
        use.call(new long[] {h});
        assertEquals(1, lendsDuringCall[0]);
        assertEquals(0, ((ResourceHandleEntry) fx.instance.handles().get(h)).numLends());
    }

    @Test
    void importTraps() {
        CanonLower f = lower(func(Optional.empty(), PrimitiveType.U32), args -> {
            throw new IllegalStateException("boom");
        });
        assertTrap("host function test-import failed: java.lang.IllegalStateException: boom",
                () -> f.call(new long[] {1}));
        assertTrap("called with 2 core values, expected 1", () -> f.call(new long[] {1, 2}));
        fx.instance.setMayLeave(false);
        assertTrap("may not leave", () -> f.call(new long[] {1}));
        fx.instance.setMayLeave(true);
        CanonLower wrongResult = lower(func(Optional.of(PrimitiveType.U32)), args -> List.of(new StringVal("x")));
        assertTrap("host function test-import returned a bad result: value StringVal does not match type u32",
                () -> wrongResult.call(new long[0]));
        dev.weft.error.Trap bad = org.junit.jupiter.api.Assertions.assertThrows(dev.weft.error.Trap.class,
                () -> wrongResult.call(new long[0]));
        assertEquals(dev.weft.error.TrapKind.HOST_FUNCTION, bad.kind());
        CanonLower noResult = lower(func(Optional.of(PrimitiveType.U32)), args -> List.of());
        assertTrap("host function test-import returned a bad result: expected 1 value(s), got 0",
                () -> noResult.call(new long[0]));
    }

    @Test
    void aPreparedLoweringBoundPerInstanceNamesItsImportAfterTheInstanceWhenAMessageNeedsIt() throws Trap {
        FuncType ft = func(Optional.of(PrimitiveType.U32), PrimitiveType.U32);
        CanonLower.Prepared prepared = CanonLower.prepare(ft, fx.layouts);
        assertEquals(ft, prepared.type());
        CanonLower add = prepared.bind(3, fx.options(), fx.instance,
                args -> List.of(new U32Val(((U32Val) args.get(0)).value() + 1)));
        assertArrayEquals(new long[] {42}, add.call(new long[] {41}));
        CanonLower failing = prepared.bind(3, fx.options(), fx.instance, args -> {
            throw new IllegalStateException("boom");
        });
        assertTrap("host function " + fx.instance.name() + " import 3 failed: java.lang.IllegalStateException: boom",
                () -> failing.call(new long[] {1}));
        assertTrap("import " + fx.instance.name() + " import 3 called with 2 core values, expected 1",
                () -> failing.call(new long[] {1, 2}));
        int[] asked = {0};
        CanonLower named = prepared.bind(() -> {
            asked[0]++;
            return "supplied";
        }, fx.options(), fx.instance, args -> List.of(new StringVal("x")));
        assertArrayEquals(new long[] {8}, prepared.bind(() -> {
            asked[0]++;
            return "unused";
        }, fx.options(), fx.instance, args -> List.of(new U32Val(8))).call(new long[] {0}));
        assertEquals(0, asked[0], "no message, no name");
        assertTrap("host function supplied returned a bad result", () -> named.call(new long[] {0}));
        assertEquals(1, asked[0]);
    }

    @Test
    void aPreparedLiftBehavesAsAConstructedOne() throws Trap {
        FuncType ft = func(Optional.of(PrimitiveType.U32), PrimitiveType.U32, PrimitiveType.U32);
        CanonLift add = CanonLift.prepare(ft, fx.layouts, CanonLift.Mode.SYNC).bind("prepared-export",
                fx.options(), fx.instance, args -> new long[] {(int) args[0] + (int) args[1]}, null);
        assertEquals(ft, add.type());
        assertEquals(List.of(new U32Val(0xFFFF_FFFEL)),
                add.call(List.of(new U32Val(0xFFFF_FFFFL), new U32Val(0xFFFF_FFFFL))));
        CanonLift wrong = CanonLift.prepare(ft, fx.layouts, CanonLift.Mode.SYNC).bind("prepared-export",
                fx.options(), fx.instance, args -> new long[0], null);
        assertTrap("core function for prepared-export returned 0 values, expected 1",
                () -> wrong.call(List.of(new U32Val(1), new U32Val(2))));
    }
}
