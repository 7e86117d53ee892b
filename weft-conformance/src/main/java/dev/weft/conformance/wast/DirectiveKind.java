package dev.weft.conformance.wast;

/** The kinds of top-level script directives, named as they are spelled in a script. */
public enum DirectiveKind {
    COMPONENT("component"),
    COMPONENT_DEFINITION("component definition"),
    COMPONENT_INSTANCE("component instance"),
    MODULE("module"),
    MODULE_DEFINITION("module definition"),
    MODULE_INSTANCE("module instance"),
    ASSERT_RETURN("assert_return"),
    ASSERT_TRAP("assert_trap"),
    ASSERT_INVALID("assert_invalid"),
    ASSERT_MALFORMED("assert_malformed"),
    ASSERT_UNLINKABLE("assert_unlinkable"),
    ASSERT_EXHAUSTION("assert_exhaustion"),
    REGISTER("register"),
    INVOKE("invoke"),
    /** A directive the harness does not know (e.g. {@code assert_exception}, {@code thread}). */
    OTHER("other");

    private final String spelling;

    DirectiveKind(String spelling) {
        this.spelling = spelling;
    }

    /** How the directive is written in a script. */
    public String spelling() {
        return spelling;
    }
}
