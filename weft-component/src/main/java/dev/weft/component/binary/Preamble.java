package dev.weft.component.binary;

import dev.weft.error.DecodeException;

/** The 8-byte preamble shared by core modules ({@code layer 0x00}) and components ({@code layer 0x01}). */
enum Preamble {
    CORE_MODULE,
    COMPONENT;

    /** Component binary version ({@code 0x0d 0x00}) as of the current Binary.md. */
    static final int COMPONENT_VERSION = 0x0d;

    /** Classifies the 8 bytes at the reader's position (consuming them). */
    static Preamble read(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int[] b = new int[8];
        for (int i = 0; i < 8; i++) {
            b[i] = r.readU8();
        }
        if (b[0] != 0x00 || b[1] != 0x61 || b[2] != 0x73 || b[3] != 0x6d) {
            throw new DecodeException("magic header not detected: bad magic number", at);
        }
        int version = b[4] | b[5] << 8;
        int layer = b[6] | b[7] << 8;
        if (layer == 0 && version == 1) {
            return CORE_MODULE;
        }
        if (layer == 1 && version == COMPONENT_VERSION) {
            return COMPONENT;
        }
        throw new DecodeException("unknown binary version and encoding combination: 0x" + Integer.toHexString(version)
                + " and 0x" + Integer.toHexString(layer) + " (expected 0x1/0x0 for a module or 0x"
                + Integer.toHexString(COMPONENT_VERSION) + "/0x1 for a component)", at + 4);
    }
}
