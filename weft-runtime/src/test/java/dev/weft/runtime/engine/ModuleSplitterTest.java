package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.Trap;
import dev.weft.runtime.split.ModuleSplitter;
import dev.weft.runtime.split.SplitModule;
import dev.weft.runtime.split.SplitOptions;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import run.endive.wasm.Parser;

/**
 * Splits {@code split.wat} (every way out of a region, values carried across the call, locals of every type,
 * switches, traps, recursion) at several limits, down to "outline every region", and checks that Endive's
 * validator accepts the result and that every function gives what the unsplit module gives, traps included.
 */
class ModuleSplitterTest {
    private static final byte[] WASM = TestModules.bytes("split");

    static Stream<Arguments> limits() {
        return Stream.of(1L, 8L, 24L, 60L, 600L, 2000L).map(Arguments::of);
    }

    @ParameterizedTest(name = "limit {0}")
    @MethodSource("limits")
    void splitModuleValidatesAndAddsFunctions(long limit) {
        SplitModule split = ModuleSplitter.split(WASM, limit);
        assertTrue(split.split() > 0 && split.outlined() > 0, "nothing was split at limit " + limit);
        var module = Parser.builder().withValidation(true).build()
                .parse(() -> new ByteArrayInputStream(split.wasm()));
        var original = Parser.builder().build().parse(() -> new ByteArrayInputStream(WASM));
        assertEquals(original.functionSection().functionCount() + split.outlined(),
                module.functionSection().functionCount());
        assertEquals(original.globalSection().globalCount() + split.globals(), module.globalSection().globalCount());
    }

    @ParameterizedTest(name = "limit {0}")
    @MethodSource("limits")
    void splitFunctionsComputeWhatTheOriginalsCompute(long limit) throws Exception {
        CoreInstance plain = CoreEngine.create(Optional.empty(), FunctionSplitting.OFF).compile(WASM).instantiate();
        CoreInstance split = CoreEngine.create(Optional.empty(), new FunctionSplitting(limit)).compile(WASM)
                .instantiate();
        computeTheSame(plain, split);
    }

    private static void computeTheSame(CoreInstance plain, CoreInstance split) throws Exception {
        for (long x = -3; x <= 12; x++) {
            same(plain, split, "exits", x);
            same(plain, split, "switch", x % 5 < 0 ? 0 : x % 5, x);
            same(plain, split, "trap", x);
            same(plain, split, "pair", x);
            same(plain, split, "multi", x);
            same(plain, split, "live", x);
        }
        for (long x : new long[] {-5, 0, 3, 10, 11, 15, 20, 21, 40}) {
            same(plain, split, "ret", x);
        }
        for (long op = 0; op < 74; op++) {
            for (long x : new long[] {0, 1, 7, -13, 1_000_003}) {
                same(plain, split, "bigswitch", op, x);
            }
        }
        for (long n : new long[] {0, 1, 2, 7, 27, 97, 871}) {
            same(plain, split, "collatz", n);
        }
        for (long n : new long[] {0, 1, 2, 10, 20}) {
            same(plain, split, "fib", n);
            same(plain, split, "sum", n * 37);
        }
        same(plain, split, "types", 3, 1L << 40, Float.floatToRawIntBits(2.5f), Double.doubleToRawLongBits(-1.75));
        for (CoreInstance instance : List.of(plain, split)) {
            instance.function("reset").call();
            instance.function("retvoid").call(17);
        }
        same(plain, split, "calls");
    }

    @ParameterizedTest(name = "limit {0}")
    @MethodSource("limits")
    void knownAnswers(long limit) throws Exception {
        CoreInstance split = CoreEngine.create(Optional.empty(), new FunctionSplitting(limit)).compile(WASM)
                .instantiate();
        assertEquals(6765, split.function("fib").call(20)[0]);
        assertEquals(178, split.function("collatz").call(871)[0]);
        assertArrayEquals(new long[] {5, 99}, split.function("pair").call(5));
        assertArrayEquals(new long[] {-1, -99}, split.function("pair").call(-4));
        assertEquals(42, split.function("ret").call(21)[0]);
        assertEquals(16, split.function("ret").call(11)[0]);
        assertEquals(-2, split.function("switch").call(2, 9)[0]);
        // x = 3: a stays 7, acc = 6 + 7 + (3 + 4 + 5) = 25, x odd: e = 5 -> 25 * 1000 + 12
        assertEquals(25_012, split.function("live").call(3)[0]);
        // x = 6: a = 1, acc = 12 + 1 + (3 + ... + 8) = 46, x even: acc += e = 146 -> 146 * 1000 + 101
        assertEquals(146_101, split.function("live").call(6)[0]);
        assertTrue(assertThrows(Trap.class, () -> split.function("trap").call(0)).getMessage()
                .contains("unreachable"));
        assertTrue(assertThrows(Trap.class, () -> split.function("trap").call(1)).getMessage()
                .contains("divide by zero"));
        assertTrue(assertThrows(Trap.class, () -> split.function("trap").call(2)).getMessage()
                .contains("out of bounds"));
        assertEquals(List.of(), split.module().interpretedFunctions());
    }

    /**
     * With a dispatch limit over the limit (what the engine uses when the JVM compiles huge methods), the 70-case
     * switch keeps its dispatch with the calls to its cases, which splits differently, and computes the same.
     */
    @ParameterizedTest(name = "limit {0}")
    @MethodSource("limits")
    void switchKeptInOneMethodComputesWhatTheOriginalComputes(long limit) throws Exception {
        SplitModule kept = ModuleSplitter.split(WASM, limit, 2 * limit);
        SplitModule cut = ModuleSplitter.split(WASM, limit, limit);
        if (limit >= 600) {
            assertTrue(kept.outlined() != cut.outlined() || !java.util.Arrays.equals(kept.wasm(), cut.wasm()),
                    "the dispatch limit changed nothing at limit " + limit);
        }
        CoreInstance plain = CoreEngine.create(Optional.empty(), FunctionSplitting.OFF).compile(WASM).instantiate();
        CoreInstance split = CoreEngine.create(Optional.empty(), FunctionSplitting.OFF).compile(kept.wasm())
                .instantiate();
        for (long op = 0; op < 74; op++) {
            for (long x : new long[] {0, 1, 7, -13, 1_000_003}) {
                same(plain, split, "bigswitch", op, x);
            }
            same(plain, split, "switch", op % 5, op);
        }
        for (long n : new long[] {0, 1, 2, 10, 20}) {
            same(plain, split, "fib", n);
        }
    }

    @org.junit.jupiter.api.Test
    void cachedSplitCodeLoadsWithTheSplitSectionsAndRuns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var splitting = new FunctionSplitting(8);
        CoreModule first = CoreEngine.create(Optional.of(dir), splitting).compile(WASM);
        assertEquals(CompileSource.COMPILED, first.compileSource());
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(2, files.filter(p -> p.toString().contains("split")).count(), "code and sections");
        }
        CoreModule cached = CoreEngine.create(Optional.of(dir), splitting).compile(WASM);
        assertEquals(CompileSource.DISK_CACHE, cached.compileSource());
        CoreInstance instance = cached.instantiate();
        assertEquals(6765, instance.function("fib").call(20)[0]);
        assertEquals(178, instance.function("collatz").call(871)[0]);
        assertEquals(-2, instance.function("switch").call(2, 9)[0]);
        // another limit is another module: not the cached one
        CoreModule other = CoreEngine.create(Optional.of(dir), new FunctionSplitting(24)).compile(WASM);
        assertEquals(CompileSource.COMPILED, other.compileSource());
        assertEquals(6765, other.instantiate().function("fib").call(20)[0]);
    }

    /**
     * Packed results (an exit code and one i32 local, or two i32 locals, in one i64; no exit code from a region
     * without exits) compute what the unpacked split and the original compute, and really replace multi-value
     * returns: fewer outlined functions return more than one value, and some return one i64.
     */
    @ParameterizedTest(name = "limit {0}")
    @MethodSource("limits")
    void packedResultsComputeWhatTheOriginalComputes(long limit) throws Exception {
        SplitModule packed = ModuleSplitter.split(WASM, new SplitOptions(limit, limit, true));
        SplitModule unpacked = ModuleSplitter.split(WASM, new SplitOptions(limit, limit, false));
        assertEquals(unpacked.outlined(), packed.outlined(), "the same regions are outlined");
        int[] packedShapes = resultShapes(packed);
        int[] unpackedShapes = resultShapes(unpacked);
        assertEquals(0, unpackedShapes[2], "unpacked outlined functions always return their exit code");
        assertTrue(packedShapes[0] <= unpackedShapes[0] - unpackedShapes[3], "multi-value outlined functions: packed "
                + packedShapes[0] + ", unpacked " + unpackedShapes[0] + " of which [i32 i32] " + unpackedShapes[3]);
        if (limit <= 60) {
            assertTrue(unpackedShapes[3] > 0, "no [i32 i32] results to pack at limit " + limit);
            assertTrue(packedShapes[1] > 0, "no outlined function returns one i64 at limit " + limit);
        }
        CoreInstance plain = CoreEngine.create(Optional.empty(), FunctionSplitting.OFF).compile(WASM).instantiate();
        for (SplitModule split : List.of(packed, unpacked)) {
            computeTheSame(plain, CoreEngine.create(Optional.empty(), FunctionSplitting.OFF).compile(split.wasm())
                    .instantiate());
        }
    }

    /** Outlined functions returning {@code [more than one value, exactly one i64, nothing, exactly i32 i32]}. */
    private static int[] resultShapes(SplitModule split) {
        var module = Parser.builder().withValidation(true).build().parse(() -> new ByteArrayInputStream(split.wasm()));
        int total = module.functionSection().functionCount();
        int[] shapes = new int[4];
        for (int f = total - split.outlined(); f < total; f++) {
            var type = module.functionSection().getFunctionType(f, module.typeSection());
            var returns = type.returns();
            if (returns.size() > 1) {
                shapes[0]++;
                if (returns.size() == 2 && returns.get(0).equals(run.endive.wasm.types.ValType.I32)
                        && returns.get(1).equals(run.endive.wasm.types.ValType.I32)) {
                    shapes[3]++;
                }
            } else if (returns.size() == 1 && returns.get(0).equals(run.endive.wasm.types.ValType.I64)) {
                shapes[1]++;
            } else if (returns.isEmpty()) {
                shapes[2]++;
            }
        }
        return shapes;
    }

    /** Every option that changes the split module's shape changes the compile-cache key. */
    @org.junit.jupiter.api.Test
    void splitOptionsAreInTheCacheKey() {
        var splitting = new FunctionSplitting(6000);
        String base = splitting.cacheTag();
        assertTrue(base.contains("split" + ModuleSplitter.VERSION), base);
        assertEquals(new SplitOptions(6000, 6000, true), splitting.options());
        try {
            System.setProperty(FunctionSplitting.PACK_RESULTS_PROPERTY, "false");
            assertEquals(new SplitOptions(6000, 6000, false), splitting.options());
            String unpacked = splitting.cacheTag();
            System.clearProperty(FunctionSplitting.PACK_RESULTS_PROPERTY);
            System.setProperty(FunctionSplitting.DISPATCH_BYTES_PROPERTY, "12000");
            assertEquals(new SplitOptions(6000, 12000, true), splitting.options());
            String kept = splitting.cacheTag();
            assertEquals(3, java.util.Set.of(base, unpacked, kept).size(), base + " " + unpacked + " " + kept);
        } finally {
            System.clearProperty(FunctionSplitting.PACK_RESULTS_PROPERTY);
            System.clearProperty(FunctionSplitting.DISPATCH_BYTES_PROPERTY);
        }
        assertEquals(base, splitting.cacheTag());
        assertEquals("nosplit", FunctionSplitting.OFF.cacheTag());
    }

    /** Splitting runs after metering: split metered code burns exactly the fuel of unsplit metered code. */
    @ParameterizedTest(name = "limit {0}")
    @MethodSource("limits")
    void meteredSplitCodeBurnsTheSameFuel(long limit) throws Exception {
        var metering = new Metering(true, true);
        CoreStore plainStore = CoreStore.unlimited();
        CoreStore splitStore = CoreStore.unlimited();
        CoreInstance plain = CoreEngine.create(Optional.empty(), FunctionSplitting.OFF).compile(WASM, metering)
                .instantiate(CoreImports.empty(), plainStore);
        CoreInstance split = CoreEngine.create(Optional.empty(), new FunctionSplitting(limit))
                .compile(WASM, metering).instantiate(CoreImports.empty(), splitStore);
        for (var call : List.of(new long[] {20}, new long[] {871})) {
            plainStore.setFuel(10_000_000);
            splitStore.setFuel(10_000_000);
            String name = call[0] == 20 ? "fib" : "collatz";
            assertArrayEquals(plain.function(name).call(call), split.function(name).call(call), name);
            assertEquals(plainStore.fuel(), splitStore.fuel(), name + ": fuel left");
            assertTrue(splitStore.fuel() < 10_000_000, name + ": fuel was burned");
        }
        // running out of fuel inside outlined code traps as it does unsplit
        plainStore.setFuel(500);
        splitStore.setFuel(500);
        assertEquals(outcome(plain, "fib", 20), outcome(split, "fib", 20));
        assertTrue(splitStore.fuel() <= 0, "fuel left after running out: " + splitStore.fuel());
    }

    private static void same(CoreInstance plain, CoreInstance split, String name, long... args) throws Exception {
        String call = name + List.of(args).toString();
        Object expected = outcome(plain, name, args);
        Object actual = outcome(split, name, args);
        if (expected instanceof long[] e && actual instanceof long[] a) {
            assertArrayEquals(e, a, call);
        } else {
            assertEquals(expected, actual, call);
        }
    }

    private static Object outcome(CoreInstance instance, String name, long... args) throws Exception {
        try {
            return instance.function(name).call(args);
        } catch (Trap trap) {
            return "trap: " + trap.getMessage().lines().findFirst().orElse("");
        }
    }
}
