package dev.weft.component.ast;

/** {@code core:sort}: the core index spaces, with their Binary.md byte. */
public enum CoreSort {
    FUNC(0x00, "func"),
    TABLE(0x01, "table"),
    MEMORY(0x02, "memory"),
    GLOBAL(0x03, "global"),
    TAG(0x04, "tag"),
    TYPE(0x10, "type"),
    MODULE(0x11, "module"),
    INSTANCE(0x12, "instance");

    private final int code;
    private final String text;

    CoreSort(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The byte that encodes this sort. */
    public int code() {
        return code;
    }

    /** The text-format keyword ({@code func}, {@code memory}, …). */
    public String text() {
        return text;
    }
}
