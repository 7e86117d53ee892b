package dev.weft.runtime.wasm;

/** A cursor over core wasm bytes that reads or skips the binary format's integers; errors name the offset. */
public final class WasmReader {
    private final byte[] bytes;
    private int pos;
    private final int end;

    public WasmReader(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.pos = from;
        this.end = to;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int pos() {
        return pos;
    }

    public boolean atEnd() {
        return pos >= end;
    }

    public int u8() {
        if (pos >= end) {
            throw new WasmFormatException("unexpected end of bytes at offset " + pos);
        }
        return bytes[pos++] & 0xFF;
    }

    public int peek() {
        if (pos >= end) {
            throw new WasmFormatException("unexpected end of bytes at offset " + pos);
        }
        return bytes[pos] & 0xFF;
    }

    /** An unsigned LEB128 of up to 32 bits. */
    public int u32() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            if (shift > 28) {
                throw new WasmFormatException("LEB128 too long at offset " + pos);
            }
            int b = u8();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (int) result;
            }
        }
    }

    /** A signed LEB128 of up to 64 bits (s32, s33 or s64). */
    public long sLeb() {
        long result = 0;
        int shift = 0;
        int b;
        do {
            if (shift > 63) {
                throw new WasmFormatException("LEB128 too long at offset " + pos);
            }
            b = u8();
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0) {
            result |= -1L << shift;
        }
        return result;
    }

    /** A signed LEB128 (s32, s33 or s64): only skipped, its value is not needed. */
    public void skipLeb() {
        for (int n = 0; ; n++) {
            if (n > 10) {
                throw new WasmFormatException("LEB128 too long at offset " + pos);
            }
            if ((u8() & 0x80) == 0) {
                return;
            }
        }
    }

    public void skip(int n) {
        if (n < 0 || pos + n > end) {
            throw new WasmFormatException("unexpected end of bytes at offset " + pos);
        }
        pos += n;
    }

    /** A value type: one byte, or {@code ref}/{@code ref null} followed by a heap type. */
    public void skipValType() {
        int b = u8();
        if (b == 0x63 || b == 0x64) {
            skipLeb();
        }
    }

    /** A block type: empty (0x40), a value type, or a type index as s33. */
    public void skipBlockType() {
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
    public void skipLimits() {
        int flags = u8();
        skipLeb();
        if ((flags & 1) != 0) {
            skipLeb();
        }
        if ((flags & 8) != 0) {
            skipLeb();
        }
    }

    public void skipName() {
        skip(u32());
    }
}
