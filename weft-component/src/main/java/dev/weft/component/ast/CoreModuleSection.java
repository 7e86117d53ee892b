package dev.weft.component.ast;

/**
 * Section 1: a core module, kept as raw bytes (a complete core binary starting with {@code \0asm 01 00 00 00}).
 * The decoder has checked the module is well-formed with Endive's parser; it is not kept parsed here.
 *
 * @param bytes  the module's bytes (not copied, do not modify)
 * @param offset absolute offset of {@code bytes[0]}
 */
public record CoreModuleSection(byte[] bytes, long offset) implements Section {
    @Override
    public int id() {
        return 1;
    }
}
