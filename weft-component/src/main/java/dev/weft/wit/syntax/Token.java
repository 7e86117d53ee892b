package dev.weft.wit.syntax;

/**
 * One token. {@code text} is the identifier without a leading {@code %}, the digits of an integer or version,
 * the decoded value of a string, or the text of a doc comment without its markers.
 */
public record Token(TokenKind kind, String text, Span span) {
    public String describe() {
        return switch (kind) {
            case ID, EXPLICIT_ID -> "identifier `" + text + "`";
            case EOF -> "end of file";
            case DOC_COMMENT -> "doc comment";
            case STRING -> "string literal";
            default -> "`" + span.source().text().substring(span.start(), span.end()) + "`";
        };
    }
}
