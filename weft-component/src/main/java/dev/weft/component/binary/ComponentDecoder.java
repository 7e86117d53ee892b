package dev.weft.component.binary;

import dev.weft.component.ast.Component;
import dev.weft.error.DecodeException;

/**
 * Entry point of the component binary decoder: bytes in, {@link Component} syntax tree out (Binary.md, version
 * {@code 0x0d}, layer {@code 0x01}). Decoding checks the grammar only; index, type and name rules are the
 * validator's. Every malformed input throws {@link DecodeException} with the absolute offset of the fault.
 *
 * <p>Embedded core modules are kept as bytes. The standard decoder checks their preamble, the framing and order
 * of their sections and their custom section names, but leaves decoding their contents to the validator/runtime
 * (see {@link CoreModuleReader} for why). {@link #withEndiveCoreModuleCheck()} additionally decodes every core
 * module with Endive's parser and reports its failures as {@link DecodeException}s.
 */
public final class ComponentDecoder {
    private final boolean checkCoreModules;

    private ComponentDecoder(boolean checkCoreModules) {
        this.checkCoreModules = checkCoreModules;
    }

    /** The standard decoder: core modules are checked for framing only. */
    public static ComponentDecoder standard() {
        return new ComponentDecoder(false);
    }

    /**
     * A decoder that also decodes every embedded core module with Endive's parser (without validation). Beware:
     * Endive 1.0.0 rejects some well-formed modules (e.g. {@code (import "" "" (func))}, memory64).
     */
    public static ComponentDecoder withEndiveCoreModuleCheck() {
        return new ComponentDecoder(true);
    }

    /** Decodes a component with the standard decoder. */
    public static Component decode(byte[] bytes) throws DecodeException {
        return standard().decodeComponent(bytes);
    }

    /** Decodes {@code bytes}, which must be a complete component binary. */
    public Component decodeComponent(byte[] bytes) throws DecodeException {
        BinaryReader r = new BinaryReader(bytes);
        if (isCoreModule(bytes)) {
            throw new DecodeException("expected a component, found a core module (layer 0x00)", 6);
        }
        return new ComponentReader(checkCoreModules).read(r);
    }

    /** True if {@code bytes} starts with a core module preamble ({@code \0asm 01 00 00 00}). */
    public static boolean isCoreModule(byte[] bytes) {
        return hasPreamble(bytes, 0x01, 0x00);
    }

    /** True if {@code bytes} starts with a component preamble ({@code \0asm 0d 00 01 00}). */
    public static boolean isComponent(byte[] bytes) {
        return hasPreamble(bytes, Preamble.COMPONENT_VERSION, 0x01);
    }

    private static boolean hasPreamble(byte[] bytes, int version, int layer) {
        return bytes != null && bytes.length >= 8
                && bytes[0] == 0x00 && bytes[1] == 0x61 && bytes[2] == 0x73 && bytes[3] == 0x6d
                && bytes[4] == version && bytes[5] == 0x00 && bytes[6] == layer && bytes[7] == 0x00;
    }
}
