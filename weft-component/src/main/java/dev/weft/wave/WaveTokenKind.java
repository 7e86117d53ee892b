package dev.weft.wave;

/** Token kinds of WAVE value text. */
enum WaveTokenKind {
    BRACE_OPEN("`{`"),
    BRACE_CLOSE("`}`"),
    PAREN_OPEN("`(`"),
    PAREN_CLOSE("`)`"),
    BRACKET_OPEN("`[`"),
    BRACKET_CLOSE("`]`"),
    COLON("`:`"),
    COMMA("`,`"),
    NUMBER("number"),
    LABEL("label"),
    CHAR("char literal"),
    STRING("string literal");

    private final String description;

    WaveTokenKind(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
