package dev.weft.component.binary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal s-expression reader for .wast scripts (test support): atoms, strings (kept as raw bytes after
 * unescaping) and lists; {@code ;;} line comments and {@code (; ;)} block comments are skipped.
 */
sealed interface WastSExpr {

    record Atom(String text) implements WastSExpr {}

    record Str(byte[] bytes) implements WastSExpr {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** A list; {@code start}/{@code end} delimit its source text (end exclusive). */
    record Lst(List<WastSExpr> items, int line, int start, int end) implements WastSExpr {
        String head() {
            return !items.isEmpty() && items.get(0) instanceof Atom a ? a.text() : "";
        }
    }

    /** Parses all top-level forms of a script. */
    static List<Lst> parseAll(String src) {
        Reader r = new Reader(src);
        List<Lst> out = new ArrayList<>();
        while (true) {
            r.skipTrivia();
            if (r.pos >= src.length()) {
                return out;
            }
            out.add((Lst) r.form());
        }
    }

    final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        void skipTrivia() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Character.isWhitespace(c)) {
                    pos++;
                } else if (s.startsWith(";;", pos)) {
                    while (pos < s.length() && s.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (s.startsWith("(;", pos)) {
                    int depth = 0;
                    do {
                        if (s.startsWith("(;", pos)) {
                            depth++;
                            pos += 2;
                        } else if (s.startsWith(";)", pos)) {
                            depth--;
                            pos += 2;
                        } else {
                            pos++;
                        }
                    } while (depth > 0 && pos < s.length());
                } else {
                    return;
                }
            }
        }

        WastSExpr form() {
            skipTrivia();
            char c = s.charAt(pos);
            if (c == '(') {
                int line = lineAt(pos);
                int start = pos;
                pos++;
                List<WastSExpr> items = new ArrayList<>();
                while (true) {
                    skipTrivia();
                    if (s.charAt(pos) == ')') {
                        pos++;
                        return new Lst(items, line, start, pos);
                    }
                    items.add(form());
                }
            }
            if (c == '"') {
                return string();
            }
            int start = pos;
            while (pos < s.length() && !Character.isWhitespace(s.charAt(pos)) && s.charAt(pos) != '('
                    && s.charAt(pos) != ')') {
                pos++;
            }
            return new Atom(s.substring(start, pos));
        }

        private int lineCursor;
        private int lineCount = 1;

        private int lineAt(int p) {
            for (; lineCursor < p; lineCursor++) {
                if (s.charAt(lineCursor) == '\n') {
                    lineCount++;
                }
            }
            return lineCount;
        }

        private Str string() {
            pos++;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (s.charAt(pos) != '"') {
                char c = s.charAt(pos++);
                if (c != '\\') {
                    out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> out.write('\n');
                    case 't' -> out.write('\t');
                    case 'r' -> out.write('\r');
                    case '\\' -> out.write('\\');
                    case '"' -> out.write('"');
                    case '\'' -> out.write('\'');
                    case 'u' -> {
                        int close = s.indexOf('}', pos);
                        int cp = Integer.parseInt(s.substring(pos + 1, close), 16);
                        out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                        pos = close + 1;
                    }
                    default -> {
                        out.write(Integer.parseInt(s.substring(pos - 1, pos + 1), 16));
                        pos++;
                    }
                }
            }
            pos++;
            return new Str(out.toByteArray());
        }
    }
}
