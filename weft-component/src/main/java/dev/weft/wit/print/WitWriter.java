package dev.weft.wit.print;

import dev.weft.wit.resolve.Stability;
import dev.weft.wit.syntax.TokenKind;

/** Indented line output with the small lexical rules of WIT: doc comments, gates and {@code %}-escaping. */
final class WitWriter {
    private final StringBuilder out = new StringBuilder();
    private int indent;

    void indent() {
        indent++;
    }

    void dedent() {
        indent--;
    }

    void line(String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
    }

    void blank() {
        if (out.length() > 1 && !(out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n')
                && out.charAt(out.length() - 2) != '{') {
            out.append('\n');
        }
    }

    void docs(String docs) {
        if (docs.isEmpty()) {
            return;
        }
        for (String l : docs.split("\n", -1)) {
            line(l.isEmpty() ? "///" : "/// " + l);
        }
    }

    void stability(Stability s) {
        switch (s) {
            case Stability.Unknown u -> { }
            case Stability.Stable st -> {
                line("@since(version = " + st.since() + ")");
                st.deprecated().ifPresent(d -> line("@deprecated(version = " + d + ")"));
            }
            case Stability.Unstable un -> {
                line("@unstable(feature = " + un.feature() + ")");
                un.deprecated().ifPresent(d -> line("@deprecated(version = " + d + ")"));
            }
        }
    }

    /** An identifier, with {@code %} when it is spelled like a keyword. */
    static String id(String name) {
        return TokenKind.keywordOrId(name) != TokenKind.ID || name.equals("_") ? "%" + name : name;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
