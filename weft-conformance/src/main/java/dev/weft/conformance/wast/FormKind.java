package dev.weft.conformance.wast;

/** Whether a script form is a component or a core module. */
public enum FormKind {
    COMPONENT("component"),
    MODULE("module");

    private final String keyword;

    FormKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
