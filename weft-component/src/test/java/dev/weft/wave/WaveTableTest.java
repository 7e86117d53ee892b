package dev.weft.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.component.types.ValueType;
import dev.weft.value.Val;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the accept/reject tables in {@code src/test/resources/wave/}. Line formats ({@code ⏎} stands for a line
 * break, {@code #} starts a comment line or a trailing comment after two spaces):
 * <pre>
 * TYPE :: TEXT ==> PRINTED           (accept: parse, print, compare; then the printed form parses to the same value)
 * TYPE :: TEXT !! KIND @OFFSET       (reject: WaveException of that kind starting at that code point offset)
 * </pre>
 */
class WaveTableTest {
    @TestFactory
    Stream<DynamicTest> accept() throws IOException {
        return lines("accept.txt").stream().map(line -> DynamicTest.dynamicTest(line, () -> {
            Case c = Case.of(line, "==>");
            ValueType type = TestTypes.parse(c.type());
            Val val;
            try {
                val = WaveParser.parse(type, c.text());
            } catch (WaveException e) {
                throw new AssertionError("rejected " + c.text() + ": " + e.getMessage(), e);
            }
            String printed = WavePrinter.print(type, val);
            assertEquals(c.expected(), printed);
            try {
                assertEquals(val, WaveParser.parse(type, printed), "printed form reads back to the same value");
            } catch (WaveException e) {
                fail("printed form does not parse: " + printed + ": " + e.getMessage());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> reject() throws IOException {
        return lines("reject.txt").stream().map(line -> DynamicTest.dynamicTest(line, () -> {
            Case c = Case.of(line, "!!");
            ValueType type = TestTypes.parse(c.type());
            String[] kindAt = c.expected().split("@");
            WaveException e = assertThrows(WaveException.class, () -> WaveParser.parse(type, c.text()),
                    () -> "accepted " + c.text());
            assertEquals(WaveErrorKind.valueOf(kindAt[0].trim()), e.kind(), e.getMessage());
            assertEquals(Integer.parseInt(kindAt[1].trim()), e.offset(), e.getMessage());
        }));
    }

    record Case(String type, String text, String expected) {
        static Case of(String line, String arrow) {
            int sep = line.indexOf(" :: ");
            int arr = line.lastIndexOf(" " + arrow + " ");
            if (sep < 0 || arr < sep) {
                throw new IllegalArgumentException("bad test line: " + line);
            }
            String text = line.substring(sep + 4, arr).replace("⏎", "\n");
            String expected = line.substring(arr + arrow.length() + 2);
            return new Case(line.substring(0, sep), text, expected.trim());
        }
    }

    static List<String> lines(String name) throws IOException {
        try (InputStream in = WaveTableTest.class.getResourceAsStream("/wave/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /wave/" + name);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int comment = line.indexOf("  #");
                String l = comment >= 0 ? line.substring(0, comment) : line;
                if (!l.isBlank() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
            return out;
        }
    }
}
