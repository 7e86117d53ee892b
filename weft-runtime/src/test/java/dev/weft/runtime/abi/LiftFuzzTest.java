package dev.weft.runtime.abi;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Lifting and loading arbitrary guest data (random memory, random core values, in every string encoding) either
 * succeeds or traps: no other exception escapes.
 */
class LiftFuzzTest {
    private static final int TRIALS = 300;

    private static long randomCore(Random rnd, FlatType t) {
        long small = rnd.nextInt(5) == 0 ? rnd.nextLong() : rnd.nextInt(300) - 20;
        return switch (t) {
            case I32, F32 -> rnd.nextBoolean() ? (int) small : rnd.nextInt(64);
            case I64, F64 -> small;
        };
    }

    @TestFactory
    Stream<DynamicTest> liftingGarbageOnlyTraps() throws IOException {
        List<String[]> rows = LayoutOracleTest.rows("/abi/layouts.tsv");
        return rows.stream().map(r -> DynamicTest.dynamicTest(r[0].length() > 60 ? r[0].substring(0, 60) : r[0],
                () -> {
                    Random rnd = new Random(r[0].hashCode());
                    ValueType t = TypeText.parse(r[0]);
                    for (int trial = 0; trial < TRIALS; trial++) {
                        AbiFixture fx = new AbiFixture(256).encoding(StringEncoding.values()[trial % 3]);
                        byte[] junk = new byte[256];
                        rnd.nextBytes(junk);
                        for (int i = 0; i < junk.length; i++) {
                            // bias towards small lengths and pointers so that some lifts succeed
                            fx.memory.bytes[i] = (byte) (rnd.nextInt(3) == 0 ? junk[i] : junk[i] & 0x1f);
                        }
                        List<FlatType> flat = fx.layouts.of(t).flat();
                        long[] core = new long[flat.size()];
                        for (int i = 0; i < core.length; i++) {
                            core[i] = randomCore(rnd, flat.get(i));
                        }
                        try {
                            FlatLifter.liftFlat(fx.liftCx(), new FlatReader(core), t);
                        } catch (Trap expected) {
                            // fine
                        }
                        TypeLayout l = fx.layouts.of(t);
                        if (l.size() <= 256) {
                            long ptr = (long) rnd.nextInt((256 - l.size()) / l.alignment() + 1) * l.alignment();
                            try {
                                MemoryLoader.load(fx.liftCx(), ptr, t);
                            } catch (Trap expected) {
                                // fine
                            }
                        }
                    }
                }));
    }
}
