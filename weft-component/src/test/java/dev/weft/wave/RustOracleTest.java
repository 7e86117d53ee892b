package dev.weft.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.types.PrimitiveType;
import dev.weft.value.CharVal;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compares the printer with data produced by Rust's standard library (rustc 1.95), which is what wasm-wave's
 * writer formats with: {@code src/test/resources/wave/oracle/oracle.rs} generated {@code floats.txt} (f32/f64
 * {@code Display}), {@code parse.txt} (f32/f64 {@code from_str}, including decimals next to the midpoint
 * between two floats) and {@code escapes.txt} (the code points that the writer's char logic escapes as
 * {@code \\u{…}}).
 */
class RustOracleTest {
    @Test
    void floatsMatchRustDisplay() throws IOException {
        int checked = 0;
        for (String line : WaveTableTest.lines("oracle/floats.txt")) {
            String[] parts = line.split(" ");
            String printed;
            if (parts[0].equals("f32")) {
                float f = Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16));
                printed = WavePrinter.print(PrimitiveType.F32, new F32Val(f));
            } else {
                double d = Double.longBitsToDouble(Long.parseUnsignedLong(parts[1], 16));
                printed = WavePrinter.print(PrimitiveType.F64, new F64Val(d));
            }
            assertEquals(parts[2], printed, line);
            checked++;
        }
        assertTrue(checked > 800, "oracle data present");
    }

    @Test
    void floatParsingMatchesRustFromStr() throws Exception {
        int checked = 0;
        for (String line : WaveTableTest.lines("oracle/parse.txt")) {
            String[] parts = line.split(" ");
            if (parts[0].equals("f32")) {
                F32Val v = (F32Val) WaveParser.parse(PrimitiveType.F32, parts[1]);
                assertEquals(parts[2], String.format("%08x", Float.floatToRawIntBits(v.value())), line);
            } else {
                F64Val v = (F64Val) WaveParser.parse(PrimitiveType.F64, parts[1]);
                assertEquals(parts[2], String.format("%016x", Double.doubleToRawLongBits(v.value())), line);
            }
            checked++;
        }
        assertTrue(checked > 500, "oracle data present");
    }

    @Test
    void unicodeEscapesMatchRustForEveryCodePoint() throws IOException {
        List<int[]> ranges = new ArrayList<>();
        for (String line : WaveTableTest.lines("oracle/escapes.txt")) {
            String[] ends = line.split("-");
            ranges.add(new int[] {Integer.parseInt(ends[0], 16), Integer.parseInt(ends[1], 16)});
        }
        List<String> differences = new ArrayList<>();
        int r = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            while (r < ranges.size() && ranges.get(r)[1] < cp) {
                r++;
            }
            boolean rustEscapes = r < ranges.size() && ranges.get(r)[0] <= cp;
            String printed = WavePrinter.print(PrimitiveType.CHAR, new CharVal(cp));
            boolean weftEscapes = printed.startsWith("'\\u{");
            if (rustEscapes != weftEscapes) {
                differences.add(Integer.toHexString(cp));
            }
        }
        assertEquals(List.of(), differences.subList(0, Math.min(40, differences.size())),
                differences.size() + " code points differ");
    }
}
