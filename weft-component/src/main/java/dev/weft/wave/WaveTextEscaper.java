package dev.weft.wave;

/**
 * Escapes chars and strings as wasm-wave's writer does: backslash escapes for backslash, both quotes, tab, CR and
 * LF; {@code \\u{hex}} (lower-case hex) for control characters, for characters that are not printable (general
 * categories Cc, Cf, Cs, Co, Cn, Zl, Zp, and Zs other than space, as Rust's {@code char::escape_debug}) and for
 * grapheme extenders (approximated by categories Mn and Me plus ZWNJ and the half-width kana voicing marks);
 * every other character as itself.
 */
final class WaveTextEscaper {
    private WaveTextEscaper() {
    }

    static void append(StringBuilder out, int c) {
        switch (c) {
            case '\\' -> out.append("\\\\");
            case '"' -> out.append("\\\"");
            case '\'' -> out.append("\\'");
            case '\t' -> out.append("\\t");
            case '\r' -> out.append("\\r");
            case '\n' -> out.append("\\n");
            default -> {
                if (needsUnicodeEscape(c)) {
                    out.append("\\u{").append(Integer.toHexString(c)).append('}');
                } else {
                    out.appendCodePoint(c);
                }
            }
        }
    }

    static boolean needsUnicodeEscape(int c) {
        if (c == ' ') {
            return false;
        }
        int type = Character.getType(c);
        return switch (type) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> c == 0x200C || c == 0xFF9E || c == 0xFF9F;
        };
    }
}
