package dev.weft.runtime.engine;

import java.io.ByteArrayOutputStream;

/** Writes tiny core modules byte by byte, for inputs too large to commit (e.g. a huge function body). */
final class WasmBinaryWriter {
    private WasmBinaryWriter() {}

    /**
     * A module exporting {@code big} (func 0: returns 0 plus {@code additions} times 1, as a straight line of
     * {@code i32.const 1; i32.add}) and {@code small} (func 1: returns 7).
     */
    static byte[] hugeFunctionModule(int additions) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        // type section: one type () -> i32
        section(out, 1, new byte[] {1, 0x60, 0, 1, 0x7F});
        // function section: two functions of type 0
        section(out, 3, new byte[] {2, 0, 0});
        // export section
        var exports = new ByteArrayOutputStream();
        exports.write(2);
        name(exports, "big");
        exports.writeBytes(new byte[] {0, 0});
        name(exports, "small");
        exports.writeBytes(new byte[] {0, 1});
        section(out, 7, exports.toByteArray());
        // code section
        var big = new ByteArrayOutputStream();
        big.write(0); // no locals
        big.writeBytes(new byte[] {0x41, 0}); // i32.const 0
        for (int i = 0; i < additions; i++) {
            big.writeBytes(new byte[] {0x41, 1, 0x6A}); // i32.const 1; i32.add
        }
        big.write(0x0B);
        byte[] small = {0, 0x41, 7, 0x0B};
        var code = new ByteArrayOutputStream();
        code.write(2);
        vec(code, big.toByteArray());
        vec(code, small);
        section(out, 10, code.toByteArray());
        return out.toByteArray();
    }

    private static void section(ByteArrayOutputStream out, int id, byte[] body) {
        out.write(id);
        vec(out, body);
    }

    private static void vec(ByteArrayOutputStream out, byte[] body) {
        leb(out, body.length);
        out.writeBytes(body);
    }

    private static void name(ByteArrayOutputStream out, String name) {
        vec(out, name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void leb(ByteArrayOutputStream out, int value) {
        int v = value;
        do {
            int b = v & 0x7F;
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }
}
