package dev.weft.conformance.sexpr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SExprReaderTest {

    private static SList onlyList(String source) throws SExprException {
        List<SExpr> top = SExprReader.readAll(source);
        assertEquals(1, top.size(), "top-level count of " + source);
        return assertInstanceOf(SList.class, top.get(0));
    }

    private static byte[] stringBytes(String literal) throws SExprException {
        return assertInstanceOf(Str.class, onlyList("(x " + literal + ")").get(1)).bytes();
    }

    @Test
    void splitsTopLevelListsAndKeepsNesting() throws SExprException {
        List<SExpr> top = SExprReader.readAll("(a (b c) (d (e))) (f)");
        assertEquals(2, top.size());
        SList first = (SList) top.get(0);
        assertEquals("(a (b c) (d (e)))", first.toString());
        assertEquals("e", ((SList) ((SList) first.get(2)).get(1)).head().orElseThrow());
        assertEquals("(f)", top.get(1).toString());
    }

    @Test
    void skipsLineComments() throws SExprException {
        SList list = onlyList(";; leading (not a list\n(a ;; trailing ) comment\n b)");
        assertEquals("(a b)", list.toString());
    }

    @Test
    void skipsNestedBlockComments() throws SExprException {
        SList list = onlyList("(a (; outer (; inner ;) still comment ) ;) b)");
        assertEquals("(a b)", list.toString());
    }

    @Test
    void blockCommentDelimitsAnAtom() throws SExprException {
        assertEquals("(a b)", onlyList("(a(;x;)b)").toString());
    }

    @Test
    void commentMarkersInsideStringsAreText() throws SExprException {
        SList list = onlyList("(a \";; not (; a comment\" b)");
        assertEquals(";; not (; a comment", ((Str) list.get(1)).utf8().orElseThrow());
        assertTrue(list.get(2).isAtom("b"));
    }

    @Test
    void parenthesesInsideStringsDoNotNest() throws SExprException {
        SList list = onlyList("(quote \"(import \\\"a\\\" (func))\")");
        assertEquals("(import \"a\" (func))", ((Str) list.get(1)).utf8().orElseThrow());
    }

    @Test
    void resolvesSimpleEscapes() throws SExprException {
        assertEquals("a\nb\tc\rd\"e'f\\g", new String(stringBytes("\"a\\nb\\tc\\rd\\\"e\\'f\\\\g\""),
                StandardCharsets.UTF_8));
    }

    @Test
    void hexEscapesAreRawBytes() throws SExprException {
        assertArrayEquals(new byte[] {0x00, 0x61, 0x73, 0x6d, (byte) 0xff, 0x0d}, stringBytes("\"\\00asm\\ff\\0D\""));
    }

    @Test
    void unicodeEscapesAreUtf8() throws SExprException {
        assertArrayEquals("é😀".getBytes(StandardCharsets.UTF_8), stringBytes("\"\\u{e9}\\u{1F600}\""));
    }

    @Test
    void nonAsciiSourceTextIsUtf8() throws SExprException {
        assertArrayEquals("⛳".getBytes(StandardCharsets.UTF_8), stringBytes("\"⛳\""));
    }

    @Test
    void invalidUtf8BytesHaveNoText() throws SExprException {
        Str str = (Str) onlyList("(x \"\\ff\\fe\")").get(1);
        assertTrue(str.utf8().isEmpty());
    }

    @Test
    void quotedIdentifierBecomesPlainId() throws SExprException {
        Atom id = assertInstanceOf(Atom.class, onlyList("(func $\"my id\")").get(1));
        assertEquals("$my id", id.text());
        assertTrue(id.isId());
    }

    @Test
    void spansCarryLinesColumnsAndOffsets() throws SExprException {
        String source = "\n  (a\n    (b \"s\"))";
        SList a = onlyList(source);
        assertEquals(2, a.span().line());
        assertEquals(3, a.span().column());
        assertEquals(source.length(), a.span().end());
        SList b = (SList) a.get(1);
        assertEquals(3, b.span().line());
        assertEquals(5, b.span().column());
        assertEquals("(b \"s\")", source.substring(b.span().start(), b.span().end()));
    }

    @Test
    void rejectsUnbalancedClose() {
        SExprException e = assertThrows(SExprException.class, () -> SExprReader.readAll("(a))"));
        assertEquals(1, e.line());
        assertEquals(4, e.column());
    }

    @Test
    void rejectsUnclosedListNamingWhereItOpened() {
        SExprException e = assertThrows(SExprException.class, () -> SExprReader.readAll("(a)\n (b (c)"));
        assertEquals(2, e.line());
        assertEquals(2, e.column());
    }

    @Test
    void rejectsUnterminatedString() {
        assertThrows(SExprException.class, () -> SExprReader.readAll("(a \"abc)"));
    }

    @Test
    void rejectsUnclosedBlockComment() {
        assertThrows(SExprException.class, () -> SExprReader.readAll("(a (; (; ;) b)"));
    }

    @Test
    void rejectsInvalidEscapes() {
        assertThrows(SExprException.class, () -> SExprReader.readAll("(a \"\\zz\")"));
        assertThrows(SExprException.class, () -> SExprReader.readAll("(a \"\\u{D800}\")"));
        assertThrows(SExprException.class, () -> SExprReader.readAll("(a \"\\u{110000}\")"));
        assertThrows(SExprException.class, () -> SExprReader.readAll("(a \"\\u41\")"));
    }
}
