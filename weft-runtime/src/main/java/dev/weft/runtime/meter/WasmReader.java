package dev.weft.runtime.meter;

/** A cursor over core wasm bytes that reads or skips the binary format's integers; errors name the offset. */
final class WasmReader {
    private final byte[] bytes;
    private int pos;
    private final int end;

    WasmReader(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.pos = from;
        this.end = to;
    }

    byte[] bytes() {
        return bytes;
    }

    int pos() {
        return pos;
    }

    boolean atEnd() {
        return pos >= end;
    }

    int u8() {
        if (pos >= end) {
            throw new MeteringException("unexpected end of bytes at offset " + pos);
        }
        return bytes[pos++] & 0xFF;
    }

    int peek() {
        if (pos >= end) {
            throw new MeteringException("unexpected end of bytes at offset " + pos);
        }
        return bytes[pos] & 0xFF;
    }

    /** An unsigned LEB128 of up to 32 bits. */
    int u32() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            if (shift > 28) {
                throw new MeteringException("LEB128 too long at offset " + pos);
            }
            int b = u8();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (int) result;
            }
        }
    }

    /** A signed LEB128 (s32, s33 or s64): only skipped, its value is not needed. */
    void skipLeb() {
        for (int n = 0; ; n++) {
            if (n > 10) {
                throw new MeteringException("LEB128 too long at offset " + pos);
            }
            if ((u8() & 0x80) == 0) {
                return;
            }
        }
    }

    void skip(int n) {
        if (n < 0 || pos + n > end) {
            throw new MeteringException("unexpected end of bytes at offset " + pos);
        }
        pos += n;
    }

    /** A value type: one byte, or {@code ref}/{@code ref null} followed by a heap type. */
    void skipValType() {
        int b = u8();
        if (b == 0x63 || b == 0x64) {
            skipLeb();
        }
    }

    /** A block type: empty (0x40), a value type, or a type index as s33. */
    void skipBlockType() {
        int b = peek();
        if (b == 0x63 || b == 0x64) {
            pos++;
            skipLeb();
        } else if (b >= 0x40 && b < 0x80) {
            pos++;
        } else {
            skipLeb();
        }
    }

    /** Memory or table limits: flags, min, optional max (and a custom page size for memories). */
    void skipLimits() {
        int flags = u8();
        skipLeb();
        if ((flags & 1) != 0) {
            skipLeb();
        }
        if ((flags & 8) != 0) {
            skipLeb();
        }
    }

    void skipName() {
        skip(u32());
    }
}
