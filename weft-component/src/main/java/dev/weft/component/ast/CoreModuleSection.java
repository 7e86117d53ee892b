package dev.weft.component.ast;

/**
 * Section 1: a core module, kept as raw bytes (a complete core binary starting with {@code \0asm 01 00 00 00}).
 * The decoder has checked its preamble and the framing and order of its sections only; decoding the section
 * contents (and validating the module) is left to the validator/runtime, which parse the bytes with Endive.
 *
 * @param bytes  the module's bytes (the record's own array, handed out without a copy: do not modify)
 * @param offset absolute offset of {@code bytes[0]}
 */
public record CoreModuleSection(byte[] bytes, long offset) implements Section {
    @Override
    public int id() {
        return 1;
    }
}
