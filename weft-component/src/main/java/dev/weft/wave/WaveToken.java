package dev.weft.wave;

/**
 * One lexed token. {@code text} is the raw source text, except for {@link WaveTokenKind#STRING} where it is the
 * decoded string; {@code codePoint} is the decoded value of a {@link WaveTokenKind#CHAR} (else -1).
 */
record WaveToken(WaveTokenKind kind, WaveSpan span, String text, int codePoint) {
    String describe() {
        return switch (kind) {
            case NUMBER, LABEL -> kind.description() + " `" + text + "`";
            case BRACE_OPEN, BRACE_CLOSE, PAREN_OPEN, PAREN_CLOSE, BRACKET_OPEN, BRACKET_CLOSE, COLON, COMMA, CHAR,
                    STRING -> kind.description();
        };
    }
}
