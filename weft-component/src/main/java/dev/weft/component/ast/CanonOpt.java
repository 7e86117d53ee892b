package dev.weft.component.ast;

/**
 * {@code canonopt}: one canonical ABI option, as encoded. Duplicates and conflicts are kept for the validator.
 * Note: Binary.md no longer lists an {@code always-task-return} option (nor does wasmparser); byte {@code 0x0a}
 * and above are malformed.
 */
public sealed interface CanonOpt {

    /** {@code 0x00} utf8, {@code 0x01} utf16, {@code 0x02} latin1+utf16. */
    record StringEncodingOpt(StringEncoding encoding) implements CanonOpt {}

    /** {@code 0x03 m:core:memoryidx}. */
    record Memory(long memoryIndex) implements CanonOpt {}

    /** {@code 0x04 f:core:funcidx}. */
    record Realloc(long coreFuncIndex) implements CanonOpt {}

    /** {@code 0x05 f:core:funcidx}. */
    record PostReturn(long coreFuncIndex) implements CanonOpt {}

    /** 🔀 {@code 0x06}. */
    record Async() implements CanonOpt {}

    /** 🔀 {@code 0x07 f:core:funcidx}. */
    record Callback(long coreFuncIndex) implements CanonOpt {}

    /** {@code 0x08 t:core:typeidx} (wasmparser, GC ABI): the core function type to lower to. */
    record CoreType(long coreTypeIndex) implements CanonOpt {}

    /** {@code 0x09} (wasmparser, GC ABI): use the GC variant of the canonical ABI. */
    record Gc() implements CanonOpt {}

    /** The string encodings of {@code canonopt}. */
    enum StringEncoding {
        UTF8("utf8"),
        UTF16("utf16"),
        LATIN1_UTF16("latin1+utf16");

        private final String text;

        StringEncoding(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
