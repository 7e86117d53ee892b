package dev.weft.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.ValueType;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mutated WAVE text either parses or fails with a WaveException; nothing else escapes. */
class WaveFuzzTest {
    private static final String INTERESTING = "{}()[]:,%'\"\\/\n\r\t -+.e0123456789aZu\uD800\uDC00🌊";

    @Test
    void mutatedTextOnlyFailsWithWaveException() {
        Random random = new Random(1234);
        RandomValues gen = new RandomValues(5678);
        for (int i = 0; i < 20000; i++) {
            ValueType type = gen.type(3);
            String text = mutate(random, WavePrinter.print(type, gen.value(type)));
            try {
                WaveParser.parse(type, text);
            } catch (WaveException e) {
                checkLocation(e, text);
            } catch (RuntimeException e) {
                fail("unchecked " + e + " for " + WaveTypeNames.display(type) + " text " + text, e);
            }
            try {
                WaveCall call = WaveParser.parseCall("f(" + text + ")");
                UntypedValuePrinter.print(call);
            } catch (WaveException e) {
                checkLocation(e, "f(" + text + ")");
            } catch (RuntimeException e) {
                fail("unchecked " + e + " for call with " + text, e);
            }
        }
    }

    private static void checkLocation(WaveException e, String text) {
        int length = (int) text.codePoints().count();
        if (e.span().end() > length || e.line() < 1 || e.column() < 1) {
            fail("bad location " + e.span() + " line " + e.line() + " column " + e.column() + " in " + text);
        }
    }

    private static String mutate(Random random, String text) {
        StringBuilder s = new StringBuilder(text);
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                case 1 -> s.insert(at, INTERESTING.charAt(random.nextInt(INTERESTING.length())));
                case 2 -> s.setLength(at);
                default -> {
                    int end = Math.min(s.length(), at + random.nextInt(6));
                    s.insert(at, s.substring(at, end));
                }
            }
        }
        return s.toString();
    }

    @Test
    void unpairedSurrogatesAreRejected() {
        for (String text : new String[] {"'\uD800'", "\"a\uDC00b\"", "\"\"\"\n\uD800\n\"\"\""}) {
            ValueType t = text.startsWith("'") ? PrimitiveType.CHAR : PrimitiveType.STRING;
            WaveException e = assertThrows(WaveException.class, () -> WaveParser.parse(t, text), text);
            assertEquals(WaveErrorKind.INVALID_TOKEN, e.kind(), e.getMessage());
        }
    }
}
