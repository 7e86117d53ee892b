package dev.weft.wave;

/** What went wrong while parsing or typing WAVE text (mirrors wasm-wave's {@code ParserErrorKind}). */
public enum WaveErrorKind {
    INVALID_TOKEN("invalid token"),
    INVALID_ESCAPE("invalid character escape"),
    INVALID_MULTILINE_STRING("invalid multiline string"),
    UNEXPECTED_TOKEN("unexpected token"),
    UNEXPECTED_END("unexpected end of input"),
    TRAILING_CHARACTERS("trailing characters after value"),
    EMPTY_TUPLE("empty tuple"),
    DUPLICATE_FIELD("duplicate field"),
    DUPLICATE_FLAG("duplicate flag"),
    NESTING_TOO_DEEP("value nesting too deep"),
    INVALID_TYPE("invalid value type"),
    INVALID_VALUE("invalid value"),
    MISSING_FIELD("missing field"),
    UNKNOWN_FIELD("unknown field"),
    UNKNOWN_CASE("unknown case"),
    MISSING_PAYLOAD("missing payload"),
    UNEXPECTED_PAYLOAD("unexpected payload"),
    WRONG_LENGTH("wrong number of elements"),
    UNSUPPORTED_TYPE("unsupported type"),
    INVALID_NAME("invalid function name"),
    INVALID_PARAMS("invalid params");

    private final String description;

    WaveErrorKind(String description) {
        this.description = description;
    }

    /** A short lower-case description, as used at the start of the exception message. */
    public String description() {
        return description;
    }
}
