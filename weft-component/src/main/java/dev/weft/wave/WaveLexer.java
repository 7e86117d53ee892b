package dev.weft.wave;

/**
 * Splits WAVE value text into tokens on demand. Whitespace ({@code [ \t\n\r]}) and {@code //} comments between
 * tokens are skipped. Numbers follow {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?} or are {@code -inf};
 * labels are {@code %?word(-word)*} with single-case ASCII words.
 */
final class WaveLexer {
    private final WaveSource src;
    private int pos;

    WaveLexer(WaveSource src, int pos) {
        this.src = src;
        this.pos = pos;
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        this.pos = position;
    }

    /** The next token, or null at the end of input. */
    WaveToken next() throws WaveException {
        skipTrivia();
        int start = pos;
        int c = src.at(pos);
        return switch (c) {
            case -1 -> null;
            case '{' -> punct(WaveTokenKind.BRACE_OPEN);
            case '}' -> punct(WaveTokenKind.BRACE_CLOSE);
            case '(' -> punct(WaveTokenKind.PAREN_OPEN);
            case ')' -> punct(WaveTokenKind.PAREN_CLOSE);
            case '[' -> punct(WaveTokenKind.BRACKET_OPEN);
            case ']' -> punct(WaveTokenKind.BRACKET_CLOSE);
            case ':' -> punct(WaveTokenKind.COLON);
            case ',' -> punct(WaveTokenKind.COMMA);
            case '\'' -> lexChar(start);
            case '"' -> src.startsWith("\"\"\"", start) ? lexMultiline(start) : lexString(start);
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield lexNumber(start);
                }
                if (c == '%' || isAsciiLetter(c)) {
                    yield lexLabel(start);
                }
                throw src.error(WaveErrorKind.INVALID_TOKEN, "unexpected character " + quote(c),
                        WaveSpan.of(start, start + 1));
            }
        };
    }

    private void skipTrivia() {
        while (true) {
            int c = src.at(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == '/' && src.at(pos + 1) == '/') {
                while (src.at(pos) != -1 && src.at(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private WaveToken punct(WaveTokenKind kind) {
        int start = pos++;
        return token(kind, start);
    }

    private WaveToken token(WaveTokenKind kind, int start) {
        WaveSpan span = WaveSpan.of(start, pos);
        return new WaveToken(kind, span, src.slice(span), -1);
    }

    private WaveToken lexNumber(int start) throws WaveException {
        if (src.startsWith("-inf", start)) {
            pos = start + 4;
            return token(WaveTokenKind.NUMBER, start);
        }
        int i = start;
        if (src.at(i) == '-') {
            i++;
        }
        if (src.at(i) == '0') {
            i++;
        } else if (isDigit(src.at(i))) {
            while (isDigit(src.at(i))) {
                i++;
            }
        } else {
            throw src.error(WaveErrorKind.INVALID_TOKEN, "expected a digit or `inf` after `-`",
                    WaveSpan.of(start, start + 1));
        }
        if (src.at(i) == '.' && isDigit(src.at(i + 1))) {
            i++;
            while (isDigit(src.at(i))) {
                i++;
            }
        }
        if (src.at(i) == 'e' || src.at(i) == 'E') {
            int j = i + 1;
            if (src.at(j) == '+' || src.at(j) == '-') {
                j++;
            }
            if (isDigit(src.at(j))) {
                while (isDigit(src.at(j))) {
                    j++;
                }
                i = j;
            }
        }
        pos = i;
        return token(WaveTokenKind.NUMBER, start);
    }

    private WaveToken lexLabel(int start) throws WaveException {
        int i = start;
        if (src.at(i) == '%') {
            i++;
            if (!isAsciiLetter(src.at(i))) {
                throw src.error(WaveErrorKind.INVALID_TOKEN, "expected a label after `%`",
                        WaveSpan.of(start, start + 1));
            }
        }
        i = WaveLabels.labelEnd(src, i);
        pos = i;
        return token(WaveTokenKind.LABEL, start);
    }

    private WaveToken lexChar(int start) throws WaveException {
        int i = start + 1;
        int c = src.at(i);
        int value;
        if (c == '\\') {
            WaveEscapes.Decoded d = WaveEscapes.decode(src, i);
            value = d.codePoint();
            i += d.length();
        } else if (c == -1 || c == '\'' || c == '\n') {
            throw src.error(WaveErrorKind.INVALID_TOKEN,
                    c == '\'' ? (src.at(i + 1) == '\'' ? "write a quote char as '\\''" : "empty char literal")
                            : "expected a character after `'`",
                    WaveSpan.of(start, start + 1));
        } else {
            value = src.literal(i);
            i++;
        }
        if (src.at(i) != '\'') {
            int end = i;
            while (src.at(end) != -1 && src.at(end) != '\'' && src.at(end) != '\n') {
                end++;
            }
            boolean closed = src.at(end) == '\'';
            throw src.error(WaveErrorKind.INVALID_TOKEN,
                    closed ? "char literal must hold exactly one character" : "expected `'` to close char literal",
                    WaveSpan.of(start, closed ? end + 1 : i));
        }
        pos = i + 1;
        WaveSpan span = WaveSpan.of(start, pos);
        return new WaveToken(WaveTokenKind.CHAR, span, src.slice(span), value);
    }

    private WaveToken lexString(int start) throws WaveException {
        StringBuilder out = new StringBuilder();
        int i = start + 1;
        while (true) {
            int c = src.at(i);
            if (c == '"') {
                break;
            }
            if (c == -1 || c == '\n') {
                throw src.error(WaveErrorKind.INVALID_TOKEN,
                        "unterminated string literal (escape newlines as \\n or use a \"\"\" multiline string)",
                        WaveSpan.of(start, i));
            }
            if (c == '\\') {
                WaveEscapes.Decoded d = WaveEscapes.decode(src, i);
                out.appendCodePoint(d.codePoint());
                i += d.length();
            } else {
                out.appendCodePoint(src.literal(i));
                i++;
            }
        }
        pos = i + 1;
        return new WaveToken(WaveTokenKind.STRING, WaveSpan.of(start, pos), out.toString(), -1);
    }

    private WaveToken lexMultiline(int start) throws WaveException {
        int contentStart = start + 3;
        int close = contentStart;
        while (src.at(close) != -1 && !src.startsWith("\"\"\"", close)) {
            close++;
        }
        if (src.at(close) == -1) {
            throw src.error(WaveErrorKind.INVALID_TOKEN, "unterminated multiline string: expected closing \"\"\"",
                    WaveSpan.of(start, contentStart));
        }
        String value = new MultilineStringDecoder(src, contentStart, close).decode();
        pos = close + 3;
        return new WaveToken(WaveTokenKind.STRING, WaveSpan.of(start, pos), value, -1);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static String quote(int c) {
        return c < 0x20 || c == 0x7F ? "U+" + String.format("%04X", c) : "`" + Character.toString(c) + "`";
    }
}
