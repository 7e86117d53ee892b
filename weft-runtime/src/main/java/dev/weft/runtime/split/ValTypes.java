package dev.weft.runtime.split;

import dev.weft.runtime.wasm.WasmReader;
import java.io.ByteArrayOutputStream;

/**
 * The value types a split region may carry across a call (through transfer globals): the numeric types, v128,
 * funcref and externref, each one byte. Other types (typed references) are {@link #UNSUPPORTED}.
 */
final class ValTypes {
    static final int UNSUPPORTED = -1;

    private ValTypes() {}

    static boolean supported(int code) {
        return switch (code) {
            case 0x7F, 0x7E, 0x7D, 0x7C, 0x7B, 0x70, 0x6F -> true;
            default -> false;
        };
    }

    /** Reads one value type: its code, or {@link #UNSUPPORTED} for a type this pass does not carry. */
    static int read(WasmReader r) {
        int b = r.u8();
        if (b == 0x63 || b == 0x64) {
            r.skipLeb();
            return UNSUPPORTED;
        }
        return supported(b) ? b : UNSUPPORTED;
    }

    /** Decodes {@code count} encoded value types. */
    static int[] decode(byte[] encoded, int count) {
        var r = new WasmReader(encoded, 0, encoded.length);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = read(r);
        }
        return out;
    }

    static boolean allSupported(int[] types) {
        for (int t : types) {
            if (t == UNSUPPORTED) {
                return false;
            }
        }
        return true;
    }

    /** Encodes supported value types, one byte each. */
    static byte[] encode(int[] types) {
        byte[] out = new byte[types.length];
        for (int i = 0; i < types.length; i++) {
            out[i] = (byte) types[i];
        }
        return out;
    }

    /** A global of this type, mutable, initialised to zero or null: {@code type 0x01 init end}. */
    static void writeMutableGlobal(ByteArrayOutputStream out, int type) {
        out.write(type);
        out.write(0x01);
        switch (type) {
            case 0x7F -> out.writeBytes(new byte[] {0x41, 0x00});
            case 0x7E -> out.writeBytes(new byte[] {0x42, 0x00});
            case 0x7D -> {
                out.write(0x43);
                out.writeBytes(new byte[4]);
            }
            case 0x7C -> {
                out.write(0x44);
                out.writeBytes(new byte[8]);
            }
            case 0x7B -> {
                out.writeBytes(new byte[] {(byte) 0xFD, 0x0C});
                out.writeBytes(new byte[16]);
            }
            case 0x70, 0x6F -> out.writeBytes(new byte[] {(byte) 0xD0, (byte) type});
            default -> throw new IllegalArgumentException("no transfer global of type 0x" + Integer.toHexString(type));
        }
        out.write(0x0B);
    }
}
