package dev.weft.component.binary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.error.DecodeException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code (component binary …)} case of the component-model conformance script binary/binary.wast:
 * plain ones must decode, {@code assert_malformed} ones must throw {@link DecodeException} whose message contains
 * the expected text, {@code assert_invalid} ones may decode or throw {@link DecodeException} (they are the
 * validator's), but nothing else may escape.
 */
class BinaryWastTest {
    static final Path WAST = Path.of("/work/shared/conformance/component-model/binary/binary.wast");

    @TestFactory
    List<DynamicTest> binaryWast() throws Exception {
        assertTrue(Files.exists(WAST), "conformance data missing: " + WAST);
        List<DynamicTest> tests = new ArrayList<>();
        for (WastSExpr.Lst form : WastSExpr.parseAll(Files.readString(WAST))) {
            String head = form.head();
            String where = "binary.wast:" + form.line() + " " + head;
            switch (head) {
                case "component" -> binary(form).ifPresent(bytes -> tests.add(DynamicTest.dynamicTest(where,
                        () -> assertNotNull(ComponentDecoder.decode(bytes)))));
                case "assert_malformed" -> {
                    byte[] bytes = binary((WastSExpr.Lst) form.items().get(1)).orElseThrow();
                    String expected = ((WastSExpr.Str) form.items().get(2)).text();
                    tests.add(DynamicTest.dynamicTest(where + " \"" + expected + "\"", () -> {
                        DecodeException e = assertThrows(DecodeException.class,
                                () -> ComponentDecoder.decode(bytes));
                        assertTrue(e.getMessage().contains(expected),
                                "expected message containing \"" + expected + "\" but got: " + e.getMessage());
                    }));
                }
                case "assert_invalid" -> {
                    byte[] bytes = binary((WastSExpr.Lst) form.items().get(1)).orElseThrow();
                    tests.add(DynamicTest.dynamicTest(where, () -> {
                        try {
                            ComponentDecoder.decode(bytes);
                        } catch (DecodeException e) {
                            // acceptable: some invalid cases are rejected while decoding, as in wasmparser
                        } catch (RuntimeException e) {
                            fail("unchecked exception escaped", e);
                        }
                    }));
                }
                default -> fail("unexpected top-level form " + where);
            }
        }
        assertFalse(tests.isEmpty());
        return tests;
    }

    /** The bytes of a {@code (component [$id] [definition] binary "…"*)} form, if it is a binary one. */
    static Optional<byte[]> binary(WastSExpr.Lst form) {
        List<WastSExpr> items = form.items();
        int i = 1;
        while (i < items.size() && items.get(i) instanceof WastSExpr.Atom a && !a.text().equals("binary")) {
            i++;
        }
        if (i >= items.size() || !(items.get(i) instanceof WastSExpr.Atom)) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int j = i + 1; j < items.size(); j++) {
            out.writeBytes(((WastSExpr.Str) items.get(j)).bytes());
        }
        return Optional.of(out.toByteArray());
    }
}
