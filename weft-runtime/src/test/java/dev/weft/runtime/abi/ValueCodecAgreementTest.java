package dev.weft.runtime.abi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.types.ListType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.runtime.resource.HostRep;
import dev.weft.runtime.resource.ResourceHandleEntry;
import dev.weft.value.ByteList;
import dev.weft.value.ListVal;
import dev.weft.value.ResourceVal;
import dev.weft.value.ResultVal;
import dev.weft.value.S32Val;
import dev.weft.value.StringVal;
import dev.weft.value.TupleVal;
import dev.weft.value.U32Val;
import dev.weft.value.Val;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The planned codecs ({@link ValueCodec}, {@link ValuesCodec}) against the generic reference code they replace on
 * the call path ({@link FlatLifter}, {@link FlatLowerer}, {@link MemoryLoader}, {@link MemoryStorer},
 * {@link FlatValues}): for every type of the layout oracle, on random guest memory and core values, both give the
 * same value or the same trap (kind and message), consume the same core values, make the same realloc calls and
 * leave the same memory and handle table behind; lowering the values lifted (and values of other types) agrees the
 * same way.
 */
class ValueCodecAgreementTest {
    private static final int TRIALS = 40;
    private static final int MEMORY = 512;

    /** What one lift or lower did: its value or trap, and the state it left. */
    private record Outcome(Object result, String trap, String state) {
    }

    @FunctionalInterface
    private interface Action {
        Object run(AbiFixture fx) throws Trap;
    }

    private static Outcome outcome(AbiFixture fx, Action action) {
        Object result = null;
        String trap = null;
        try {
            result = action.run(fx);
            if (result instanceof long[] flat) {
                result = Arrays.toString(flat);
            }
        } catch (Trap t) {
            trap = t.kind() + ": " + t.getMessage();
        } catch (RuntimeException e) {
            trap = e.getClass().getName() + ": " + e.getMessage();
        }
        return new Outcome(result, trap, state(fx));
    }

    private static String state(AbiFixture fx) {
        StringBuilder handles = new StringBuilder();
        for (int i = 1; i < 8; i++) {
            try {
                ResourceHandleEntry e = (ResourceHandleEntry) fx.instance.handles().get(i);
                handles.append(i).append(e.own() ? "o" : "b").append(e.numLends()).append(' ');
            } catch (Trap | RuntimeException absent) {
                handles.append(i).append("- ");
            }
        }
        return Arrays.hashCode(fx.memory.bytes) + " " + fx.realloc.log + " " + handles;
    }

    /** A fixture with the given memory and own handles 1..3 of {@link TypeText#RESOURCE}. */
    private static AbiFixture fixture(byte[] memory, StringEncoding encoding) {
        AbiFixture fx = new AbiFixture(memory.length).encoding(encoding);
        System.arraycopy(memory, 0, fx.memory.bytes, 0, memory.length);
        fx.realloc.next = memory.length / 2; // allocations land in the upper half, away from the data
        try {
            for (int i = 0; i < 3; i++) {
                fx.instance.handles().add(ResourceHandleEntry.owned(TypeText.RESOURCE,
                        new HostRep<>(TypeText.RESOURCE, "rep" + i)));
            }
        } catch (Trap e) {
            throw new AssertionError(e);
        }
        return fx;
    }

    private static long randomCore(Random rnd, FlatType t) {
        long small = rnd.nextInt(5) == 0 ? rnd.nextLong() : rnd.nextInt(300) - 20;
        return switch (t) {
            case I32, F32 -> rnd.nextBoolean() ? (int) small : rnd.nextInt(64);
            case I64, F64 -> small;
        };
    }

    private static byte[] randomMemory(Random rnd) {
        byte[] junk = new byte[MEMORY];
        rnd.nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            // small lengths and pointers, so that many lifts succeed; a few high bytes for invalid UTF-8
            junk[i] = (byte) (rnd.nextInt(4) == 0 ? junk[i] : junk[i] & 0x1f);
        }
        return junk;
    }

    private static void assertAgree(Outcome generic, Outcome planned, String what) {
        assertEquals(generic.trap(), planned.trap(), what + ": trap");
        assertEquals(generic.result(), planned.result(), what + ": value");
        assertEquals(generic.state(), planned.state(), what + ": memory, realloc calls, handles");
    }

    @TestFactory
    Stream<DynamicTest> codecsAgreeWithTheGenericCode() throws IOException {
        List<ValueType> types = new ArrayList<>();
        for (String[] row : LayoutOracleTest.rows("/abi/layouts.tsv")) {
            types.add(TypeText.parse(row[0]));
        }
        return types.stream().map(t -> DynamicTest.dynamicTest(
                TypeNames.of(t).length() > 60 ? TypeNames.of(t).substring(0, 60) : TypeNames.of(t),
                () -> agreeOn(t, types)));
    }

    private static void agreeOn(ValueType t, List<ValueType> others) {
        Random rnd = new Random(TypeNames.of(t).hashCode());
        int lifted = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            StringEncoding encoding = StringEncoding.values()[trial % 3];
            byte[] memory = randomMemory(rnd);
            List<FlatType> flat = new TypeLayouts().of(t).flat();
            long[] core = new long[flat.size()];
            for (int i = 0; i < core.length; i++) {
                core[i] = randomCore(rnd, flat.get(i));
            }
            String where = TypeNames.of(t) + " trial " + trial;

            // lift_flat, and how many core values it read
            Outcome genericLift = outcome(fixture(memory, encoding), fx -> {
                FlatReader r = new FlatReader(core);
                Val v = FlatLifter.liftFlat(fx.liftCx(), r, t);
                return List.of(v, r.position());
            });
            Outcome plannedLift = outcome(fixture(memory, encoding), fx -> {
                FlatReader r = new FlatReader(core);
                Val v = fx.layouts.codec(t).liftFlat(fx.liftCx(), r);
                return List.of(v, r.position());
            });
            assertAgree(genericLift, plannedLift, where + " lift");

            // load at a random aligned pointer (possibly out of bounds)
            TypeLayout layout = new TypeLayouts().of(t);
            long ptr = (long) rnd.nextInt(MEMORY / layout.alignment() + 2) * layout.alignment();
            Outcome genericLoad = outcome(fixture(memory, encoding), fx -> MemoryLoader.load(fx.liftCx(), ptr, t));
            Outcome plannedLoad = outcome(fixture(memory, encoding),
                    fx -> fx.layouts.codec(t).load(fx.liftCx(), fx.liftCx().memory(), ptr));
            assertAgree(genericLoad, plannedLoad, where + " load");

            // lower the lifted value, and a value of another type, flat and into memory
            List<Val> values = new ArrayList<>();
            if (genericLift.result() instanceof List<?> pair) {
                values.add((Val) pair.get(0));
                lifted++;
            }
            if (genericLoad.result() instanceof Val v) {
                values.add(v);
            }
            values.add(anyValueOf(t, rnd)); // a valid value of t even when no random lift succeeded
            values.add(anyValueOf(others.get(rnd.nextInt(others.size())), rnd));
            for (Val v : values) {
                boolean utf8Host = rnd.nextBoolean();
                Outcome genericLower = outcome(fixture(memory, encoding), fx -> {
                    FlatWriter out = new FlatWriter();
                    FlatLowerer.lowerFlat(lowerCx(fx, utf8Host), v, t, out);
                    return out.toArray();
                });
                Outcome plannedLower = outcome(fixture(memory, encoding), fx -> {
                    FlatWriter out = new FlatWriter();
                    fx.layouts.codec(t).lowerFlat(lowerCx(fx, utf8Host), v, out);
                    return out.toArray();
                });
                assertAgree(genericLower, plannedLower, where + " lower " + v);
                long at = (long) rnd.nextInt(MEMORY / 2 / layout.alignment() + 1) * layout.alignment();
                Outcome genericStore = outcome(fixture(memory, encoding), fx -> {
                    MemoryStorer.store(lowerCx(fx, utf8Host), v, t, at);
                    return "stored";
                });
                Outcome plannedStore = outcome(fixture(memory, encoding), fx -> {
                    LiftLowerContext cx = lowerCx(fx, utf8Host);
                    fx.layouts.codec(t).store(cx, cx.memory(), v, at);
                    return "stored";
                });
                assertAgree(genericStore, plannedStore, where + " store " + v);
            }
        }
        assertTrue(lifted > 0 || trialsWithoutLift(t), "no random lift of " + TypeNames.of(t) + " succeeded");
    }

    /** Types whose random core values rarely make a valid value (one-case enums, lists of strings, ...). */
    private static boolean trialsWithoutLift(ValueType t) {
        return !(t instanceof PrimitiveType p) || p == PrimitiveType.STRING || p == PrimitiveType.CHAR;
    }

    private static LiftLowerContext lowerCx(AbiFixture fx, boolean utf8Host) {
        return utf8Host ? new LiftLowerContext(fx.options(), fx.instance, fx.task, fx.layouts) : fx.lowerCx();
    }

    /** Some value of {@code t}, lifted from zeroed memory (every type has a value there, except handles). */
    private static Val anyValueOf(ValueType t, Random rnd) {
        AbiFixture fx = fixture(new byte[MEMORY], StringEncoding.UTF8);
        try {
            return MemoryLoader.load(fx.liftCx(), 0, t);
        } catch (Trap e) {
            return new S32Val(rnd.nextInt());
        }
    }

    /** Parameter and result lists, flat and spilled through memory, agree with {@link FlatValues}. */
    @TestFactory
    Stream<DynamicTest> valueListsAgreeWithFlatValues() throws IOException {
        List<ValueType> types = new ArrayList<>();
        for (String[] row : LayoutOracleTest.rows("/abi/layouts.tsv")) {
            types.add(TypeText.parse(row[0]));
        }
        return Stream.of(1, 2, 3).map(width -> DynamicTest.dynamicTest("lists of " + width + " values",
                () -> listsAgree(types, width)));
    }

    private static void listsAgree(List<ValueType> pool, int width) {
        Random rnd = new Random(width);
        for (int trial = 0; trial < 100; trial++) {
            List<ValueType> types = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                types.add(pool.get(rnd.nextInt(pool.size())));
            }
            TupleType tuple = new TupleType(types);
            TypeLayouts layouts = new TypeLayouts();
            int flatCount = layouts.flatten(types).size();
            int maxFlat = rnd.nextBoolean() ? Flattening.MAX_FLAT_PARAMS : 1;
            byte[] memory = randomMemory(rnd);
            long[] core = new long[Math.max(flatCount, 1)];
            List<FlatType> flat = flatCount > maxFlat ? List.of(FlatType.I32) : layouts.flatten(types);
            for (int i = 0; i < flat.size(); i++) {
                core[i] = randomCore(rnd, flat.get(i));
            }
            if (flatCount > maxFlat) {
                core[0] = rnd.nextInt(MEMORY / 8 + 4) * 8L;
            }
            StringEncoding encoding = StringEncoding.values()[trial % 3];
            String where = types + " maxFlat " + maxFlat + " trial " + trial;
            Outcome generic = outcome(fixture(memory, encoding), fx -> FlatValues.lift(fx.liftCx(), maxFlat,
                    new FlatReader(core), types, tuple, flatCount));
            Outcome planned = outcome(fixture(memory, encoding),
                    fx -> new ValuesCodec(fx.layouts, types, tuple, flatCount).lift(fx.liftCx(), maxFlat,
                            new FlatReader(core)));
            assertAgree(generic, planned, where + " lift");
            if (generic.result() instanceof List<?> lifted) {
                @SuppressWarnings("unchecked")
                List<Val> values = (List<Val>) lifted;
                long outPtr = rnd.nextInt(MEMORY / 8 + 4) * 8L;
                boolean viaOutParam = rnd.nextBoolean();
                Outcome genericLower = outcome(fixture(memory, encoding), fx -> {
                    FlatWriter out = new FlatWriter();
                    FlatValues.lower(fx.lowerCx(), maxFlat, values, types, tuple, flatCount,
                            viaOutParam ? new FlatReader(new long[] {outPtr}) : null, out);
                    return out.toArray();
                });
                Outcome plannedLower = outcome(fixture(memory, encoding), fx -> {
                    FlatWriter out = new FlatWriter();
                    new ValuesCodec(fx.layouts, types, tuple, flatCount).lower(fx.lowerCx(), maxFlat, values,
                            viaOutParam ? new FlatReader(new long[] {outPtr}) : null, out);
                    return out.toArray();
                });
                assertAgree(genericLower, plannedLower, where + " lower");
            }
        }
    }

    /** The spec's traps on a host call's own shapes: bad handles, lent handles, bad UTF-8, out-of-bounds lists. */
    @Test
    void trapsOfHandlesStringsAndListsAreTheGenericOnes() {
        OwnType own = new OwnType(TypeText.RESOURCE);
        ValueType borrow = new dev.weft.component.types.BorrowType(TypeText.RESOURCE);
        ListType bytes = new ListType(PrimitiveType.U8);
        byte[] memory = new byte[MEMORY];
        memory[100] = (byte) 0xC3; // a lone UTF-8 lead byte
        memory[101] = 'x';
        Object[][] cases = {
            {own, new long[] {9}},                 // no such handle
            {own, new long[] {0}},                 // index 0 is never valid
            {borrow, new long[] {7}},
            {PrimitiveType.STRING, new long[] {100, 2}},         // invalid UTF-8
            {PrimitiveType.STRING, new long[] {MEMORY - 1, 4}},  // out of bounds
            {bytes, new long[] {MEMORY - 2, 8}},
            {bytes, new long[] {0, 0x7FFF_FFFF}},                // longer than the maximum list
            {new ListType(PrimitiveType.U32), new long[] {2, 1}}, // misaligned
        };
        for (Object[] c : cases) {
            ValueType t = (ValueType) c[0];
            long[] core = (long[]) c[1];
            Outcome generic = outcome(fixture(memory, StringEncoding.UTF8),
                    fx -> FlatLifter.liftFlat(fx.liftCx(), new FlatReader(core), t));
            Outcome planned = outcome(fixture(memory, StringEncoding.UTF8),
                    fx -> fx.layouts.codec(t).liftFlat(fx.liftCx(), new FlatReader(core)));
            assertTrue(generic.trap() != null, TypeNames.of(t) + " " + Arrays.toString(core) + " should trap");
            assertAgree(generic, planned, TypeNames.of(t) + " " + Arrays.toString(core));
        }
        // lowering: a lent own handle cannot move, a borrowed value is no own, wrong shapes trap
        ResultType result = new ResultType(Optional.of(own), Optional.of(PrimitiveType.U32));
        Val[] bad = {
            new ResultVal(true, Optional.of(new StringVal("not a handle"))),
            new ResultVal(true, Optional.of(new ResourceVal(new HostRep<>(TypeText.RESOURCE, "x"), false))),
            new ResultVal(false, Optional.empty()),
            new TupleVal(List.of(new U32Val(1))),
            new ListVal(ByteList.wrap(new byte[] {1, 2})),
        };
        for (Val v : bad) {
            Outcome generic = outcome(fixture(memory, StringEncoding.UTF8), fx -> {
                MemoryStorer.store(fx.lowerCx(), v, result, 64);
                return "stored";
            });
            Outcome planned = outcome(fixture(memory, StringEncoding.UTF8), fx -> {
                fx.layouts.codec(result).store(fx.lowerCx(), fx.memory, v, 64);
                return "stored";
            });
            assertTrue(generic.trap() != null, v + " should trap");
            assertAgree(generic, planned, "store " + v);
        }
    }
}
