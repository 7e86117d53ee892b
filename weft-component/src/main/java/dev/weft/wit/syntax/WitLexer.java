package dev.weft.wit.syntax;

import dev.weft.wit.WitException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits WIT text into tokens (WIT.md "Lexical structure"). Whitespace and plain comments are dropped; doc
 * comments ({@code ///} lines and {@code /** ... *}{@code /} blocks) are kept as {@link TokenKind#DOC_COMMENT}
 * tokens so the parser can attach them to the next item.
 *
 * <p>A token that starts with a digit runs over digits, letters, {@code -}, {@code +} and any {@code .} that is
 * followed by a letter or digit; it is an {@code INTEGER} when all digits, else a {@code VERSION}. So
 * {@code @0.2.12.{x}} gives {@code 0.2.12} then {@code .}, and {@code 0.2.0-draft} is one version token.
 */
public final class WitLexer {
    private final Source source;
    private final String text;
    private int pos;

    private WitLexer(Source source) {
        this.source = source;
        this.text = source.text();
    }

    public static List<Token> tokenize(Source source) throws WitException {
        return new WitLexer(source).run();
    }

    private List<Token> run() throws WitException {
        List<Token> out = new ArrayList<>();
        while (true) {
            Token t = next();
            out.add(t);
            if (t.kind() == TokenKind.EOF) {
                return out;
            }
        }
    }

    private Span span(int start) {
        return new Span(source, start, pos);
    }

    private Token next() throws WitException {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int start = pos;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
                continue;
            }
            if (c == '/' && peekChar(1) == '/') {
                return lineComment(start);
            }
            if (c == '/' && peekChar(1) == '*') {
                Token doc = blockComment(start);
                if (doc != null) {
                    return doc;
                }
                continue;
            }
            checkAllowed(c, start);
            return token(c, start);
        }
        return new Token(TokenKind.EOF, "", span(pos));
    }

    private Token lineComment(int start) throws WitException {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            checkAllowed(text.charAt(pos), pos);
            pos++;
        }
        String body = text.substring(start, pos);
        if (body.startsWith("///") && !body.startsWith("////")) {
            return new Token(TokenKind.DOC_COMMENT, body.substring(3).strip(), span(start));
        }
        return next();
    }

    /** Skips a (nested) block comment; returns a doc token for {@code /**} comments, else null. */
    private Token blockComment(int start) throws WitException {
        pos += 2;
        int depth = 1;
        while (depth > 0) {
            if (pos >= text.length()) {
                throw source.error(new Span(source, start, pos), "unterminated block comment");
            }
            if (text.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (text.startsWith("*/", pos)) {
                depth--;
                pos += 2;
            } else {
                pos++;
            }
        }
        String body = text.substring(start, pos);
        if (body.startsWith("/**") && !body.startsWith("/**/") && body.length() > 4) {
            String inner = body.substring(3, body.length() - 2);
            StringBuilder sb = new StringBuilder();
            for (String line : inner.strip().split("\n", -1)) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(line.strip());
            }
            return new Token(TokenKind.DOC_COMMENT, sb.toString(), span(start));
        }
        return null;
    }

    private void checkAllowed(char c, int at) throws WitException {
        boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f;
        boolean bidi = c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
        if (control || bidi) {
            throw source.error(new Span(source, at, at + 1),
                    String.format("character U+%04X is not allowed in WIT text", (int) c));
        }
    }

    private char peekChar(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private Token simple(TokenKind kind, int start, int length) {
        pos = start + length;
        return new Token(kind, text.substring(start, pos), span(start));
    }

    private Token token(char c, int start) throws WitException {
        return switch (c) {
            case '=' -> simple(TokenKind.EQUALS, start, 1);
            case ',' -> simple(TokenKind.COMMA, start, 1);
            case ':' -> simple(TokenKind.COLON, start, 1);
            case ';' -> simple(TokenKind.SEMICOLON, start, 1);
            case '(' -> simple(TokenKind.LPAREN, start, 1);
            case ')' -> simple(TokenKind.RPAREN, start, 1);
            case '{' -> simple(TokenKind.LBRACE, start, 1);
            case '}' -> simple(TokenKind.RBRACE, start, 1);
            case '<' -> simple(TokenKind.LT, start, 1);
            case '>' -> simple(TokenKind.GT, start, 1);
            case '*' -> simple(TokenKind.STAR, start, 1);
            case '/' -> simple(TokenKind.SLASH, start, 1);
            case '.' -> simple(TokenKind.DOT, start, 1);
            case '@' -> simple(TokenKind.AT, start, 1);
            case '"' -> string(start);
            case '%' -> explicitId(start);
            default -> other(c, start);
        };
    }

    private Token other(char c, int start) throws WitException {
        if (c == '-' && peekChar(1) == '>') {
            return simple(TokenKind.ARROW, start, 2);
        }
        if (c >= '0' && c <= '9') {
            return number(start);
        }
        if (isIdStart(c)) {
            String id = readId();
            if (id.equals("_")) {
                return new Token(TokenKind.UNDERSCORE, id, span(start));
            }
            TokenKind kind = TokenKind.keywordOrId(id);
            if (kind == TokenKind.ID) {
                validateId(id, start);
            }
            return new Token(kind, id, span(start));
        }
        throw source.error(new Span(source, start, start + 1), "unexpected character `" + c + "`");
    }

    private static boolean isIdStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isIdChar(char c) {
        return isIdStart(c) || c >= '0' && c <= '9' || c == '-';
    }

    private String readId() {
        int start = pos;
        while (pos < text.length() && isIdChar(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private Token explicitId(int start) throws WitException {
        pos++;
        if (pos >= text.length() || !isIdStart(text.charAt(pos))) {
            throw source.error(new Span(source, start, pos), "expected an identifier after `%`");
        }
        String id = readId();
        validateId(id, start);
        return new Token(TokenKind.EXPLICIT_ID, id, span(start));
    }

    private Token number(int start) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            boolean alnum = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (alnum || c == '-' || c == '+') {
                pos++;
            } else if (c == '.' && pos + 1 < text.length() && Character.isLetterOrDigit(text.charAt(pos + 1))
                    && text.charAt(pos + 1) < 0x80) {
                pos++;
            } else {
                break;
            }
        }
        String s = text.substring(start, pos);
        boolean digits = s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        return new Token(digits ? TokenKind.INTEGER : TokenKind.VERSION, s, span(start));
    }

    private Token string(int start) throws WitException {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '\n') {
                throw source.error(new Span(source, start, pos), "unterminated string literal");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return new Token(TokenKind.STRING, sb.toString(), span(start));
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            escape(sb, start);
        }
    }

    private void escape(StringBuilder sb, int start) throws WitException {
        if (pos >= text.length()) {
            throw source.error(new Span(source, start, pos), "unterminated string literal");
        }
        char e = text.charAt(pos++);
        switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case '"', '\'', '\\' -> sb.append(e);
            case 'u' -> {
                int close = text.indexOf('}', pos);
                if (pos >= text.length() || text.charAt(pos) != '{' || close < 0) {
                    throw source.error(new Span(source, pos - 2, pos), "malformed \\u{...} escape");
                }
                try {
                    sb.appendCodePoint(Integer.parseInt(text.substring(pos + 1, close), 16));
                } catch (IllegalArgumentException ex) {
                    throw source.error(new Span(source, pos - 2, close), "malformed \\u{...} escape");
                }
                pos = close + 1;
            }
            default -> {
                int hi = Character.digit(e, 16);
                int lo = pos < text.length() ? Character.digit(text.charAt(pos), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw source.error(new Span(source, pos - 2, pos), "unknown string escape `\\" + e + "`");
                }
                pos++;
                sb.append((char) (hi * 16 + lo));
            }
        }
    }

    /** Kebab-case label rules: parts split by '-', each all-lowercase or all-uppercase, first starts alpha. */
    private void validateId(String id, int start) throws WitException {
        Span sp = new Span(source, start, pos);
        String[] parts = id.split("-", -1);
        for (int idx = 0; idx < parts.length; idx++) {
            String part = parts[idx];
            if (part.isEmpty()) {
                throw source.error(sp, "identifier `" + id + "` has an empty part between `-`s");
            }
            if (idx == 0 && !Character.isLetter(part.charAt(0))) {
                throw source.error(sp, "identifier `" + id + "` must start with a letter");
            }
            Boolean upper = null;
            for (char ch : part.toCharArray()) {
                if (ch >= '0' && ch <= '9') {
                    continue;
                }
                boolean isUpper = ch >= 'A' && ch <= 'Z';
                boolean isLower = ch >= 'a' && ch <= 'z';
                if (!isUpper && !isLower || upper != null && upper != isUpper) {
                    throw source.error(sp, "invalid character `" + ch + "` in identifier `" + id + "`");
                }
                upper = isUpper;
            }
        }
    }
}
