package dev.weft.conformance.sexpr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.conformance.wast.WastScriptReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random script text: the readers either succeed with consistent spans or throw their own checked exception. */
class SExprReaderPropertyTest {
    private static final String[] PIECES = {"(", ")", "\"", "\\", ";", ";;", "(;", ";)", " ", "\n", "a", "$x",
        "u32.const", "1", "0x", "\\u{", "}", "\\ff", "component", "assert_invalid", "invoke", "str.const", "é"};

    @Test
    void randomTextNeverEscapesWithAnUncheckedException() {
        Random random = new Random(20261125);
        int parsed = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String source = text.toString();
            try {
                List<SExpr> top = SExprReader.readAll(source);
                for (SExpr expr : top) {
                    checkSpans(expr, 0, source.length(), source);
                }
                WastScriptReader.read(source); // classification must not throw either
                parsed++;
            } catch (SExprException expected) {
                assertTrue(expected.line() >= 1 && expected.column() >= 1, source);
            }
        }
        assertTrue(parsed > 1000, "the generator should also produce readable scripts, got " + parsed);
    }

    private static void checkSpans(SExpr expr, int lower, int upper, String source) {
        Span span = expr.span();
        assertTrue(span.start() >= lower && span.end() <= upper, () -> "span " + span + " outside parent in " + source);
        if (expr instanceof SList list) {
            assertTrue(source.charAt(span.start()) == '(' && source.charAt(span.end() - 1) == ')', source);
            for (SExpr item : list.items()) {
                checkSpans(item, span.start() + 1, span.end() - 1, source);
            }
        }
    }
}
