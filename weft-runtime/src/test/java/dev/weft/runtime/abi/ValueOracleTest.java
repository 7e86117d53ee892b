package dev.weft.runtime.abi;

import dev.weft.component.types.ValueType;
import dev.weft.value.Val;
import dev.weft.wave.WaveParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random values of many types against values.tsv, produced by running definitions.py's lower_flat and store with
 * the same bump allocator (abi_oracle.py): same flat values, same realloc calls, same heap bytes; lifting and
 * loading give the value back.
 */
class ValueOracleTest {
    static String flatHex(long[] flat, List<FlatType> types) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < flat.length; i++) {
            out.add(switch (types.get(i)) {
                case I32, F32 -> Integer.toHexString((int) flat[i]);
                case I64, F64 -> Long.toHexString(flat[i]);
            });
        }
        return String.join(",", out);
    }

    @TestFactory
    Stream<DynamicTest> valuesMatchDefinitionsPy() throws IOException {
        List<String[]> rows = LayoutOracleTest.rows("/abi/values.tsv");
        assertTrue(rows.size() > 200, "oracle table present");
        return rows.stream().map(r -> DynamicTest.dynamicTest(r[0] + " = " + r[1] + " (" + r[8] + ")", () -> {
            ValueType t = TypeText.parse(r[0]);
            Val v = WaveParser.parse(t, r[1]);

            StringEncoding encoding = StringTranscodingTest.encoding(r[8]);
            AbiFixture lowered = new AbiFixture(1 << 16).encoding(encoding);
            FlatWriter out = new FlatWriter();
            FlatLowerer.lowerFlat(lowered.lowerCx(), v, t, out);
            long[] flat = out.toArray();
            List<FlatType> types = lowered.layouts.of(t).flat();
            assertEquals(r[2], flatHex(flat, types), "flat values");
            assertEquals(r[3], String.join(";", lowered.realloc.log), "realloc calls of lower_flat");
            assertEquals(r[4], lowered.memory.hex(16, (int) lowered.realloc.next - 16), "heap after lower_flat");
            assertEquals(v, FlatLifter.liftFlat(lowered.liftCx(), new FlatReader(flat), t), "lift_flat");

            AbiFixture stored = new AbiFixture(1 << 16).encoding(encoding);
            TypeLayout l = stored.layouts.of(t);
            long ptr = stored.lowerCx().allocate(l.alignment(), l.size());
            MemoryStorer.store(stored.lowerCx(), v, t, ptr);
            assertEquals(Long.parseLong(r[5]), ptr);
            assertEquals(r[6], String.join(";", stored.realloc.log), "realloc calls of store");
            assertEquals(r[7], stored.memory.hex(16, (int) stored.realloc.next - 16), "heap after store");
            assertEquals(v, MemoryLoader.load(stored.liftCx(), ptr, t), "load");
        }));
    }
}
