package dev.weft.conformance.sexpr;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits WebAssembly script text into s-expressions. Knows the lexical rules of the text format that matter for
 * splitting: {@code ;;} line comments, nestable {@code (; … ;)} block comments, and string literals with the
 * escapes: backslash followed by {@code n t r " ' \}, two hex digits, or {@code u{hex}}. Every node keeps its
 * {@link Span}.
 */
public final class SExprReader {
    private final String source;
    private final LineMap lines;
    private int pos;

    private SExprReader(String source) {
        this.source = source;
        this.lines = new LineMap(source);
    }

    /** Reads every top-level s-expression of {@code source}. */
    public static List<SExpr> readAll(String source) throws SExprException {
        return new SExprReader(source).readTopLevel();
    }

    private record Open(int start, List<SExpr> items) {
    }

    private List<SExpr> readTopLevel() throws SExprException {
        List<SExpr> top = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        while (true) {
            skipTrivia();
            if (pos >= source.length()) {
                break;
            }
            char c = source.charAt(pos);
            if (c == '(') {
                open.push(new Open(pos, new ArrayList<>()));
                pos++;
            } else if (c == ')') {
                if (open.isEmpty()) {
                    throw error("unbalanced `)`", pos);
                }
                Open list = open.pop();
                pos++;
                add(open, top, new SList(list.items(), lines.span(list.start(), pos)));
            } else if (c == '"') {
                int start = pos;
                byte[] bytes = readString();
                add(open, top, new Str(bytes, lines.span(start, pos)));
            } else {
                add(open, top, readAtom());
            }
        }
        if (!open.isEmpty()) {
            throw error("unclosed `(`", open.peek().start());
        }
        return top;
    }

    private static void add(Deque<Open> open, List<SExpr> top, SExpr node) {
        if (open.isEmpty()) {
            top.add(node);
        } else {
            open.peek().items().add(node);
        }
    }

    private void skipTrivia() throws SExprException {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (startsWith(";;")) {
                int newline = source.indexOf('\n', pos);
                pos = newline < 0 ? source.length() : newline + 1;
            } else if (startsWith("(;")) {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    private void skipBlockComment() throws SExprException {
        int start = pos;
        int depth = 0;
        do {
            if (pos >= source.length()) {
                throw error("unclosed block comment `(;`", start);
            }
            if (startsWith("(;")) {
                depth++;
                pos += 2;
            } else if (startsWith(";)")) {
                depth--;
                pos += 2;
            } else {
                pos++;
            }
        } while (depth > 0);
    }

    private Atom readAtom() throws SExprException {
        int start = pos;
        StringBuilder text = new StringBuilder();
        while (pos < source.length() && !isDelimiter()) {
            if (source.charAt(pos) == '"' && text.length() == 1 && text.charAt(0) == '$') {
                int stringStart = pos;
                String name = new Str(readString(), lines.span(stringStart, pos)).utf8()
                        .orElseThrow(() -> error("identifier `$\"…\"` is not valid UTF-8", stringStart));
                text.append(name);
            } else if (source.charAt(pos) == '"') {
                break;
            } else {
                text.append(source.charAt(pos++));
            }
        }
        return new Atom(text.toString(), lines.span(start, pos));
    }

    private boolean isDelimiter() {
        char c = source.charAt(pos);
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == ')' || startsWith(";;");
    }

    private byte[] readString() throws SExprException {
        int start = pos;
        pos++; // opening quote
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            if (pos >= source.length()) {
                throw error("unterminated string", start);
            }
            int cp = source.codePointAt(pos);
            if (cp == '"') {
                pos++;
                return out.toByteArray();
            }
            if (cp == '\\') {
                readEscape(out);
            } else {
                appendUtf8(out, cp);
                pos += Character.charCount(cp);
            }
        }
    }

    private void readEscape(ByteArrayOutputStream out) throws SExprException {
        int escape = pos;
        pos++;
        if (pos >= source.length()) {
            throw error("unterminated escape", escape);
        }
        char c = source.charAt(pos);
        switch (c) {
            case 'n' -> out.write('\n');
            case 't' -> out.write('\t');
            case 'r' -> out.write('\r');
            case '"' -> out.write('"');
            case '\'' -> out.write('\'');
            case '\\' -> out.write('\\');
            case 'u' -> {
                appendUtf8(out, readUnicodeEscape(escape));
                return;
            }
            default -> {
                if (pos + 1 < source.length() && hex(c) >= 0 && hex(source.charAt(pos + 1)) >= 0) {
                    out.write(hex(c) * 16 + hex(source.charAt(pos + 1)));
                    pos += 2;
                    return;
                }
                throw error("invalid string escape `\\" + c + "`", escape);
            }
        }
        pos++;
    }

    private int readUnicodeEscape(int escape) throws SExprException {
        pos++; // 'u'
        if (pos >= source.length() || source.charAt(pos) != '{') {
            throw error("expected `{` after `\\u`", escape);
        }
        pos++;
        long value = 0;
        int digits = 0;
        while (pos < source.length() && source.charAt(pos) != '}') {
            char d = source.charAt(pos);
            if (d == '_' && digits > 0) {
                pos++;
                continue;
            }
            if (hex(d) < 0) {
                throw error("invalid hex digit `" + d + "` in `\\u{…}`", escape);
            }
            value = value * 16 + hex(d);
            if (value > 0x10FFFF) {
                throw error("`\\u{…}` escape out of range", escape);
            }
            digits++;
            pos++;
        }
        if (pos >= source.length() || digits == 0) {
            throw error("malformed `\\u{…}` escape", escape);
        }
        pos++; // '}'
        if (value >= 0xD800 && value <= 0xDFFF) {
            throw error("`\\u{…}` escape is a surrogate", escape);
        }
        return (int) value;
    }

    private static void appendUtf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else {
            out.write(0xF0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3F));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        }
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private boolean startsWith(String prefix) {
        return source.startsWith(prefix, pos);
    }

    private SExprException error(String message, int offset) {
        return new SExprException(message, lines.line(offset), lines.column(offset));
    }
}
