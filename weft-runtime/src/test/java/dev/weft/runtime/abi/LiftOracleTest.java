package dev.weft.runtime.abi;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.value.Val;
import dev.weft.wave.WaveParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * lift_flat of random core values over random memories in all three string encodings against lifts.tsv, produced
 * by running definitions.py (abi_oracle.py): the same inputs trap, or give the same value.
 */
class LiftOracleTest {
    @TestFactory
    Stream<DynamicTest> liftsMatchDefinitionsPy() throws IOException {
        List<String[]> rows = LayoutOracleTest.rows("/abi/lifts.tsv");
        assertTrue(rows.size() > 250, "oracle table present");
        return rows.stream().map(r -> DynamicTest.dynamicTest(r[0] + " " + r[1] + " " + r[3] + " -> " + r[4], () -> {
            ValueType t = TypeText.parse(r[0]);
            AbiFixture fx = new AbiFixture(64).encoding(StringTranscodingTest.encoding(r[1]));
            byte[] raw = HexFormat.of().parseHex(r[2]);
            System.arraycopy(raw, 0, fx.memory.bytes, 0, raw.length);
            String[] hex = r[3].isEmpty() ? new String[0] : r[3].split(",");
            long[] core = new long[hex.length];
            for (int i = 0; i < hex.length; i++) {
                core[i] = Long.parseUnsignedLong(hex[i], 16);
            }
            Val lifted;
            try {
                lifted = FlatLifter.liftFlat(fx.liftCx(), new FlatReader(core), t);
            } catch (Trap trap) {
                assertEquals("trap", r[4], "Weft trapped (" + trap.getMessage() + ") where definitions.py did not");
                return;
            }
            if (r[4].equals("trap")) {
                fail("definitions.py traps, Weft lifted " + lifted);
            }
            assertEquals(WaveParser.parse(t, r[4]), lifted);
        }));
    }
}
