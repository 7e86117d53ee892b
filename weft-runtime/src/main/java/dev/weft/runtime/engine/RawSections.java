package dev.weft.runtime.engine;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import run.endive.wasm.MalformedException;
import run.endive.wasm.types.SectionId;

/** Top-level section boundaries of a core module's bytes, without decoding their contents. */
final class RawSections {
    private final byte[] wasm;
    private final int[] starts = new int[SectionId.TAG + 1];
    private final int[] ends = new int[SectionId.TAG + 1];
    private final int[] headerStarts = new int[SectionId.TAG + 1];

    private RawSections(byte[] wasm) {
        this.wasm = wasm;
        java.util.Arrays.fill(starts, -1);
    }

    static RawSections of(byte[] wasm) {
        var raw = new RawSections(wasm);
        int[] pos = {8};
        while (pos[0] < wasm.length) {
            int header = pos[0];
            int id = wasm[pos[0]++] & 0xFF;
            long size = readLeb(wasm, pos);
            long end = pos[0] + size;
            if (end > wasm.length) {
                throw new MalformedException("section " + id + " runs past the end of the module");
            }
            if (id > SectionId.CUSTOM && id <= SectionId.TAG) {
                raw.headerStarts[id] = header;
                raw.starts[id] = pos[0];
                raw.ends[id] = (int) end;
            }
            pos[0] = (int) end;
        }
        return raw;
    }

    /** Raw bytes of each function body in the code section (locals + instructions), in order. */
    List<byte[]> functionBodies() {
        var result = new ArrayList<byte[]>();
        if (starts[SectionId.CODE] < 0) {
            return result;
        }
        int[] pos = {starts[SectionId.CODE]};
        long count = readLeb(wasm, pos);
        for (long i = 0; i < count; i++) {
            long size = readLeb(wasm, pos);
            int from = pos[0];
            pos[0] = Math.toIntExact(from + size);
            if (pos[0] > ends[SectionId.CODE]) {
                throw new MalformedException("function body " + i + " runs past the code section");
            }
            result.add(java.util.Arrays.copyOfRange(wasm, from, pos[0]));
        }
        return result;
    }

    /** Size in bytes of each function body in the code section, in order. */
    int[] functionBodySizes() {
        if (starts[SectionId.CODE] < 0) {
            return new int[0];
        }
        int[] pos = {starts[SectionId.CODE]};
        int count = Math.toIntExact(readLeb(wasm, pos));
        int[] sizes = new int[count];
        for (int i = 0; i < count; i++) {
            sizes[i] = Math.toIntExact(readLeb(wasm, pos));
            pos[0] += sizes[i];
        }
        return sizes;
    }

    /** Appends section {@code id} (header included) as it appears in the module, if present. */
    void copySection(int id, ByteArrayOutputStream out) {
        if (starts[id] >= 0) {
            out.write(wasm, headerStarts[id], ends[id] - headerStarts[id]);
        }
    }

    static void section(ByteArrayOutputStream out, int id, byte[] body) {
        out.write(id);
        leb(out, body.length);
        out.writeBytes(body);
    }

    static void leb(ByteArrayOutputStream out, long value) {
        long v = value;
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    private static long readLeb(byte[] bytes, int[] pos) {
        long result = 0;
        int shift = 0;
        while (true) {
            if (pos[0] >= bytes.length || shift > 35) {
                throw new MalformedException("bad LEB128 at offset " + pos[0]);
            }
            int b = bytes[pos[0]++] & 0xFF;
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            shift += 7;
        }
    }
}
