package dev.weft.wit.syntax;

import dev.weft.wit.WitException;
import java.util.List;

/** A position in a token list. Doc comments are invisible except to {@link #docs()}. */
final class TokenCursor {
    private final List<Token> tokens;
    private int pos;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Collects the doc comments at the current position, joined by newlines ("" when none). */
    String docs() {
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        while (tokens.get(pos).kind() == TokenKind.DOC_COMMENT) {
            if (any) {
                sb.append('\n');
            }
            sb.append(tokens.get(pos).text());
            any = true;
            pos++;
        }
        return sb.toString();
    }

    private int skipDocs(int i) {
        while (tokens.get(i).kind() == TokenKind.DOC_COMMENT) {
            i++;
        }
        return i;
    }

    Token peek() {
        return tokens.get(skipDocs(pos));
    }

    /** The token after the next one. */
    Token peek2() {
        int i = skipDocs(pos);
        if (tokens.get(i).kind() == TokenKind.EOF) {
            return tokens.get(i);
        }
        return tokens.get(skipDocs(i + 1));
    }

    boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    Token advance() {
        pos = skipDocs(pos);
        Token t = tokens.get(pos);
        if (t.kind() != TokenKind.EOF) {
            pos++;
        }
        return t;
    }

    /** Consumes the next token if it has {@code kind}. */
    boolean eat(TokenKind kind) {
        if (at(kind)) {
            advance();
            return true;
        }
        return false;
    }

    Token expect(TokenKind kind, String what) throws WitException {
        Token t = peek();
        if (t.kind() != kind) {
            throw unexpected(what);
        }
        return advance();
    }

    WitException unexpected(String expected) {
        Token t = peek();
        return t.span().error("expected " + expected + ", found " + t.describe());
    }

    /** An identifier: a plain or {@code %}-prefixed id (keywords need the {@code %}). */
    Ident ident(String what) throws WitException {
        Token t = peek();
        if (t.kind() == TokenKind.ID || t.kind() == TokenKind.EXPLICIT_ID) {
            advance();
            return new Ident(t.text(), t.span());
        }
        throw unexpected(what);
    }

    boolean atIdent() {
        TokenKind k = peek().kind();
        return k == TokenKind.ID || k == TokenKind.EXPLICIT_ID;
    }

    /** Span from {@code start} to the end of the last consumed token. */
    Span spanFrom(Span start) {
        Token last = tokens.get(Math.max(0, pos - 1));
        return new Span(start.source(), start.start(), Math.max(start.end(), last.span().end()));
    }
}
