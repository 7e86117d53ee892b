package dev.weft.value;

import static dev.weft.component.ast.CanonOpt.StringEncoding.LATIN1_UTF16;
import static dev.weft.component.ast.CanonOpt.StringEncoding.UTF16;
import static dev.weft.component.ast.CanonOpt.StringEncoding.UTF8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A lifted string carries its origin (encoding and tagged code units, the spec's String triple), which must describe
 * the text (the runtime traps on lowering otherwise); the origin is provenance only, so equality, hashing and
 * printing are by text.
 */
class StringValTest {
    // "aé😀": UTF-8 61 c3a9 f09f9880 = 7 bytes; UTF-16 0061 00e9 d83d de00 = 4 code units
    private static final String TEXT = "a\u00e9\uD83D\uDE00";
    private static final long TAG = 1L << 31;

    @Test
    void hostStringHasNoOrigin() {
        StringVal v = new StringVal(TEXT);
        assertEquals(Optional.empty(), v.origin());
        assertEquals(TEXT, v.value());
        assertEquals("StringVal[value=" + TEXT + "]", v.toString());
    }

    @Test
    void liftedStringEqualsTheHostStringWithTheSameText() {
        StringVal lifted = StringVal.lifted(TEXT, new StringOrigin(UTF8, 7));
        StringVal host = new StringVal(TEXT);
        assertEquals(host, lifted);
        assertEquals(lifted, host);
        assertEquals(host.hashCode(), lifted.hashCode());
        assertEquals(host.toString(), lifted.toString());
        assertEquals(lifted, StringVal.lifted(TEXT, new StringOrigin(UTF16, 4)));
        assertFalse(lifted.equals(new StringVal("a\u00e9")));
        assertEquals(Optional.of(new StringOrigin(UTF8, 7)), lifted.origin());
    }

    @Test
    void originCountsCodeUnitsOfItsEncoding() {
        assertDescribes(TEXT, new StringOrigin(UTF8, 7));
        assertDescribes(TEXT, new StringOrigin(UTF16, 4));
        assertDescribes(TEXT, new StringOrigin(LATIN1_UTF16, 4 | TAG));
        // "café": latin1 4 bytes, UTF-8 5 bytes; a latin1+utf16 guest may also have stored it as tagged UTF-16
        assertDescribes("caf\u00e9", new StringOrigin(LATIN1_UTF16, 4));
        assertDescribes("caf\u00e9", new StringOrigin(LATIN1_UTF16, 4 | TAG));
        assertDescribes("caf\u00e9", new StringOrigin(UTF8, 5));
        assertDescribes("", new StringOrigin(UTF8, 0));
        // U+0800 is three UTF-8 bytes, U+07FF two
        assertDescribes("\u0800\u07ff", new StringOrigin(UTF8, 5));
    }

    @Test
    void originThatDoesNotDescribeTheTextSaysWhy() {
        assertMismatch("has 7 utf8 code units, its origin says 4", TEXT, new StringOrigin(UTF8, 4));
        assertMismatch("has 4 utf16 code units, its origin says 7", TEXT, new StringOrigin(UTF16, 7));
        assertMismatch("needs the UTF-16 tag", TEXT, new StringOrigin(LATIN1_UTF16, 4));
        assertMismatch("has 4 latin1+utf16 code units, its origin says 3", TEXT,
                new StringOrigin(LATIN1_UTF16, 3 | TAG));
        assertMismatch("unpaired surrogate at index 1", "a\uD83D", new StringOrigin(UTF16, 2));
        assertMismatch("unpaired surrogate at index 0", "\uDE00a", new StringOrigin(UTF8, 4));
        // constructing is not checked (lifting pays no extra pass); the runtime traps when lowering it
        assertEquals(new StringVal(TEXT), StringVal.lifted(TEXT, new StringOrigin(UTF8, 4)));
    }

    @Test
    void taggedCodeUnitsMustBeAU32() {
        assertThrows(IllegalArgumentException.class, () -> new StringOrigin(UTF8, -1));
        assertThrows(IllegalArgumentException.class, () -> new StringOrigin(UTF8, 1L << 32));
        assertThrows(NullPointerException.class, () -> new StringOrigin(null, 0));
        assertThrows(NullPointerException.class, () -> new StringVal(TEXT, null));
    }

    @Test
    void codeUnitsDropTheTagOnlyForLatin1Utf16() {
        assertEquals(4, new StringOrigin(LATIN1_UTF16, 4 | TAG).codeUnits());
        assertTrue(new StringOrigin(LATIN1_UTF16, 4 | TAG).utf16Tagged());
        assertFalse(new StringOrigin(LATIN1_UTF16, 4).utf16Tagged());
        assertFalse(new StringOrigin(UTF8, TAG).utf16Tagged());
        assertEquals(TAG, new StringOrigin(UTF8, TAG).codeUnits());
    }

    private static void assertDescribes(String text, StringOrigin origin) {
        assertEquals(Optional.empty(), origin.mismatch(text), origin + " describes \"" + text + "\"");
    }

    private static void assertMismatch(String message, String text, StringOrigin origin) {
        Optional<String> why = origin.mismatch(text);
        assertTrue(why.isPresent() && why.get().contains(message), origin + ": " + why);
    }
}
