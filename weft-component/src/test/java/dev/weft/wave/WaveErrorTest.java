package dev.weft.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.component.types.ValueType;
import org.junit.jupiter.api.Test;

/** Exact locations and wording of errors: 1-based line and column counted in code points. */
class WaveErrorTest {
    private static WaveException reject(String type, String text) {
        ValueType t = TestTypes.parse(type);
        return assertThrows(WaveException.class, () -> WaveParser.parse(t, text));
    }

    @Test
    void unexpectedTokenNamesWhatWasExpected() {
        WaveException e = reject("list<string>", "[\"\\u{0}\",,]");
        assertEquals(WaveErrorKind.UNEXPECTED_TOKEN, e.kind());
        assertEquals(1, e.line());
        assertEquals(10, e.column());
        assertEquals("unexpected token: found `,`; expected a value (at column 10)", e.getMessage());
    }

    @Test
    void missingCommaInList() {
        WaveException e = reject("list<u8>", "[1 2]");
        assertEquals("unexpected token: found number `2`; expected `,` or `]` (at column 4)", e.getMessage());
    }

    @Test
    void columnsCountCodePointsNotBytesOrUtf16Units() {
        // '🌊' is 4 UTF-8 bytes and 2 UTF-16 units, but one column
        WaveException e = reject("list<char>", "['🌊', 'x', 1]");
        assertEquals(WaveErrorKind.INVALID_TYPE, e.kind());
        assertEquals(12, e.column());
        assertEquals(new WaveSpan(11, 12), e.span());
        assertEquals("invalid value type: expected char, got number `1` (at column 12)", e.getMessage());
    }

    @Test
    void lineAndColumnInMultilineInput() {
        WaveException e = reject("record{a: u8, b: u32}", "{\n  a: 1,\n  b: \"x\",\n}");
        assertEquals(WaveErrorKind.INVALID_TYPE, e.kind());
        assertEquals(3, e.line());
        assertEquals(6, e.column());
        assertEquals("invalid value type: expected u32, got string literal (at line 3, column 6)", e.getMessage());
    }

    @Test
    void integerRangeMessage() {
        WaveException e = reject("u8", "256");
        assertEquals("invalid value: expected u8 (an integer in 0..255), got `256` (at column 1)", e.getMessage());
        e = reject("u64", "18446744073709551616");
        assertEquals("invalid value: expected u64 (an integer in 0..18446744073709551615), got "
                + "`18446744073709551616` (at column 1)", e.getMessage());
    }

    @Test
    void recordErrors() {
        WaveException e = reject("record{required: u8, optional: option<u8>}", "{ optional: none }");
        assertEquals("missing field: `required` of type u8 (at column 1)", e.getMessage());
        e = reject("record{a: u8}", "{a: 1, b: 2}");
        assertEquals("unknown field: `b` is not a field of record { a: u8 } (at column 8)", e.getMessage());
        e = reject("record{required: u8}", "{ required: 0, required: 0 }");
        assertEquals("duplicate field: `required` (at column 16)", e.getMessage());
    }

    @Test
    void caseErrors() {
        WaveException e = reject("enum{true, false}", "true");
        assertEquals("invalid value type: expected enum { true, false }, got `true` (at column 1)", e.getMessage());
        e = reject("result<u8>", "ok");
        assertEquals("missing payload: case `ok` needs a payload of type u8 (at column 1)", e.getMessage());
        e = reject("result<_, u8>", "ok(0)");
        assertEquals("unexpected payload: case `ok` has no payload (at column 1)", e.getMessage());
        e = reject("flags{read, write}", "{ read, write, execute }");
        assertEquals("unknown case: `execute` is not a case of flags { read, write } (at column 16)", e.getMessage());
    }

    @Test
    void resourcesCannotBeParsed() {
        WaveException e = reject("own<file>", "file(1)");
        assertEquals(WaveErrorKind.UNSUPPORTED_TYPE, e.kind());
        assertEquals("unsupported type: own<file>: resource handles cannot be written in WAVE; pass them through "
                + "the host API (at column 1)", e.getMessage());
        e = reject("record{f: borrow<file>}", "{f: 1}");
        assertEquals(WaveErrorKind.UNSUPPORTED_TYPE, e.kind());
        assertEquals(5, e.column());
    }

    @Test
    void stringEscapeErrorPointsAtBackslash() {
        WaveException e = reject("string", "\"ok \\u{d800}\"");
        assertEquals(WaveErrorKind.INVALID_ESCAPE, e.kind());
        assertEquals(5, e.column());
        assertEquals(new WaveSpan(4, 12), e.span());
    }

    @Test
    void multilineStringErrors() {
        WaveException e = reject("string", "\"\"\"\n  ok\n bad\n  \"\"\"");
        assertEquals(WaveErrorKind.INVALID_MULTILINE_STRING, e.kind());
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        assertEquals("invalid multiline string: lines must be indented at least as much as the closing \"\"\" "
                + "(at line 3, column 1)", e.getMessage());
        e = reject("string", "\"\"\"x\n\"\"\"");
        assertEquals("invalid multiline string: opening \"\"\" must be followed immediately by a line break "
                + "(at column 4)", e.getMessage());
    }

    @Test
    void carriageReturnLineBreaksInMultilineStrings() throws WaveException {
        assertEquals(new dev.weft.value.StringVal("a\nb"),
                WaveParser.parse(TestTypes.parse("string"), "\"\"\"\r\n  a\r\n  b\r\n  \"\"\""));
        assertEquals(new dev.weft.value.StringVal("a\r\nb"),
                WaveParser.parse(TestTypes.parse("string"), "\"\"\"\n  a\\r\n  b\n  \"\"\""));
    }

    @Test
    void nestingDepthIsLimited() throws WaveException {
        // wasm-wave rejects values nested more than 100 deep (parser.rs MAX_DEPTH)
        int deep = WaveSyntaxParser.MAX_DEPTH + 1;
        String[] inputs = {
            "[".repeat(deep) + "]".repeat(deep),
            "(".repeat(deep) + "0" + ")".repeat(deep),
            "some(".repeat(deep) + "0" + ")".repeat(deep),
            "ok(".repeat(deep) + "0" + ")".repeat(deep),
            "{a:".repeat(deep) + "0" + "}".repeat(deep),
            "v(".repeat(deep) + "0" + ")".repeat(deep),
        };
        for (String input : inputs) {
            WaveException e = assertThrows(WaveException.class, () -> WaveParser.parseUntyped(input));
            assertEquals(WaveErrorKind.NESTING_TOO_DEEP, e.kind(), input);
        }
        String ok = "[".repeat(100) + "]".repeat(100);
        WaveParser.parseUntyped(ok);
        WaveException e = assertThrows(WaveException.class,
                () -> WaveParser.parseCall("f(" + "some(".repeat(deep) + "0" + ")".repeat(deep) + ")"));
        assertEquals(WaveErrorKind.NESTING_TOO_DEEP, e.kind());
    }

    @Test
    void unexpectedEndIsAtEndOfInput() {
        WaveException e = reject("list<u8>", "[1,\n 2");
        assertEquals(WaveErrorKind.UNEXPECTED_END, e.kind());
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertEquals("unexpected end of input: expected `,` or `]` (at line 2, column 3)", e.getMessage());
    }
}
