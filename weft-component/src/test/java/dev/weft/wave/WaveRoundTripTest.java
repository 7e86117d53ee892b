package dev.weft.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.component.types.ValueType;
import dev.weft.value.Val;
import org.junit.jupiter.api.Test;

/** print → parse gives back the value, for random values of random types; printing is stable. */
class WaveRoundTripTest {
    @Test
    void randomValuesRoundTrip() {
        RandomValues gen = new RandomValues(0x5EED_3A7EL);
        for (int i = 0; i < 3000; i++) {
            ValueType type = gen.type(4);
            Val val = gen.value(type);
            String printed = WavePrinter.print(type, val);
            Val back;
            try {
                back = WaveParser.parse(type, printed);
            } catch (WaveException e) {
                fail("case " + i + ": printed form of " + val + " as " + WaveTypeNames.display(type)
                        + " does not parse: " + printed + "\n" + e.getMessage());
                return;
            }
            int n = i;
            assertEquals(val, back, () -> "case " + n + " type " + WaveTypeNames.display(type) + " text " + printed);
            assertEquals(printed, WavePrinter.print(type, back), "printing is stable");
            try {
                assertEquals(val, WaveParser.type(WaveParser.parseUntyped(printed), type, printed));
            } catch (WaveException e) {
                fail("untyped route failed for " + printed + ": " + e.getMessage());
            }
        }
    }

    @Test
    void randomValuesRoundTripWithSurroundingTrivia() throws WaveException {
        RandomValues gen = new RandomValues(42);
        for (int i = 0; i < 500; i++) {
            ValueType type = gen.type(3);
            Val val = gen.value(type);
            String text = " // leading comment\n\t" + WavePrinter.print(type, val) + " \r\n// trailing\n";
            assertEquals(val, WaveParser.parse(type, text), text);
        }
    }
}
