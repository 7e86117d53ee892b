package dev.weft.runtime.wasm;

import java.io.ByteArrayOutputStream;

/** LEB128 encoders. */
public final class Leb {
    private Leb() {}

    public static void unsigned(ByteArrayOutputStream out, long value) {
        long v = value;
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    public static void signed(ByteArrayOutputStream out, long value) {
        long v = value;
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return;
            }
        }
    }
}
