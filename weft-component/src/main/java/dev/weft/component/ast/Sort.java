package dev.weft.component.ast;

import java.util.Optional;

/**
 * {@code sort}: the component-level index spaces. The core sorts ({@code 0x00 core:sort}) are flattened into
 * {@code CORE_*} constants so that a single exhaustive switch covers every index space.
 */
public enum Sort {
    CORE_FUNC(CoreSort.FUNC),
    CORE_TABLE(CoreSort.TABLE),
    CORE_MEMORY(CoreSort.MEMORY),
    CORE_GLOBAL(CoreSort.GLOBAL),
    CORE_TAG(CoreSort.TAG),
    CORE_TYPE(CoreSort.TYPE),
    CORE_MODULE(CoreSort.MODULE),
    CORE_INSTANCE(CoreSort.INSTANCE),
    FUNC(0x01, "func"),
    VALUE(0x02, "value"),
    TYPE(0x03, "type"),
    COMPONENT(0x04, "component"),
    INSTANCE(0x05, "instance");

    private final CoreSort core;
    private final int code;
    private final String text;

    Sort(CoreSort core) {
        this.core = core;
        this.code = 0x00;
        this.text = "core " + core.text();
    }

    Sort(int code, String text) {
        this.core = null;
        this.code = code;
        this.text = text;
    }

    /** The core sort, for {@code CORE_*} constants. */
    public Optional<CoreSort> coreSort() {
        return Optional.ofNullable(core);
    }

    /** True for the {@code CORE_*} constants. */
    public boolean isCore() {
        return core != null;
    }

    /** The first byte of the encoding ({@code 0x00} for every core sort). */
    public int code() {
        return code;
    }

    /** The text-format spelling ({@code func}, {@code core module}, …). */
    public String text() {
        return text;
    }

    /** The component sort for a core sort. */
    public static Sort ofCore(CoreSort sort) {
        return switch (sort) {
            case FUNC -> CORE_FUNC;
            case TABLE -> CORE_TABLE;
            case MEMORY -> CORE_MEMORY;
            case GLOBAL -> CORE_GLOBAL;
            case TAG -> CORE_TAG;
            case TYPE -> CORE_TYPE;
            case MODULE -> CORE_MODULE;
            case INSTANCE -> CORE_INSTANCE;
        };
    }
}
