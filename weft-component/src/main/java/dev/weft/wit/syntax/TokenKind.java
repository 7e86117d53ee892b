package dev.weft.wit.syntax;

/** Token kinds of the WIT lexical grammar (WIT.md "Lexical structure"). */
public enum TokenKind {
    ID, EXPLICIT_ID, INTEGER, VERSION, STRING, DOC_COMMENT,
    EQUALS, COMMA, COLON, SEMICOLON, LPAREN, RPAREN, LBRACE, RBRACE, LT, GT, STAR, ARROW, SLASH, DOT, AT,
    UNDERSCORE, EOF,
    // keywords
    AS("as"), ASYNC("async"), BOOL("bool"), BORROW("borrow"), CHAR("char"), CONSTRUCTOR("constructor"),
    ENUM("enum"), EXPORT("export"), F32("f32"), F64("f64"), FLAGS("flags"), FROM("from"), FUNC("func"),
    FUTURE("future"), IMPORT("import"), INCLUDE("include"), INTERFACE("interface"), LIST("list"), MAP("map"),
    OPTION("option"), OWN("own"), PACKAGE("package"), RECORD("record"), RESOURCE("resource"), RESULT("result"),
    S16("s16"), S32("s32"), S64("s64"), S8("s8"), STATIC("static"), STREAM("stream"), STRING_TYPE("string"),
    TUPLE("tuple"), TYPE("type"), U16("u16"), U32("u32"), U64("u64"), U8("u8"), USE("use"), VARIANT("variant"),
    WITH("with"), WORLD("world"), ERROR_CONTEXT("error-context");

    private final String keyword;

    TokenKind() {
        this.keyword = null;
    }

    TokenKind(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword text, or {@code null} for non-keyword kinds. */
    public String keyword() {
        return keyword;
    }

    public boolean isKeyword() {
        return keyword != null;
    }

    private static final java.util.Map<String, TokenKind> KEYWORDS = new java.util.HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.keyword != null) {
                KEYWORDS.put(k.keyword, k);
            }
        }
    }

    /** The keyword spelled {@code text}, or {@code ID} when it is no keyword. */
    public static TokenKind keywordOrId(String text) {
        return KEYWORDS.getOrDefault(text, ID);
    }
}
