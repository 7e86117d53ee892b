package dev.weft.component.binary;

import dev.weft.error.DecodeException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A cursor over a window {@code [position, end)} of a byte array. Positions are indices into the array handed to
 * the decoder, so {@link #offset()} is always the absolute offset in the outermost binary, also inside nested
 * sections read through {@link #slice}. Every failure is a {@link DecodeException} naming what was expected and
 * where; no unchecked exception escapes for any input.
 */
public final class BinaryReader {
    /** Maximum nesting of components and component/instance types (guards the Java stack). */
    public static final int MAX_NESTING = 100;

    private final byte[] data;
    private final int end;
    private int position;
    private int depth;

    /** A reader over the whole array. */
    public BinaryReader(byte[] data) {
        this(data, 0, data.length, 0);
    }

    private BinaryReader(byte[] data, int start, int end, int depth) {
        this.data = data;
        this.position = start;
        this.end = end;
        this.depth = depth;
    }

    /** Absolute offset of the next byte. */
    public long offset() {
        return position;
    }

    /** Number of bytes left in this window. */
    public int remaining() {
        return end - position;
    }

    public boolean atEnd() {
        return position >= end;
    }

    /** The underlying array (shared, not copied). */
    byte[] array() {
        return data;
    }

    /** Reads one byte as {@code 0..255}. */
    public int readU8() throws DecodeException {
        if (position >= end) {
            throw eof();
        }
        return data[position++] & 0xff;
    }

    /** Returns the next byte without consuming it. */
    public int peekU8() throws DecodeException {
        if (position >= end) {
            throw eof();
        }
        return data[position] & 0xff;
    }

    /** Reads an unsigned LEB128 {@code u32} (at most 5 bytes, no bits above bit 31). */
    public long readVarU32() throws DecodeException {
        long start = position;
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = readU8();
            if (shift == 28) {
                if ((b & 0x80) != 0) {
                    throw new DecodeException("invalid var_u32: integer representation too long", start);
                }
                if ((b & 0x70) != 0) {
                    throw new DecodeException("invalid var_u32: integer too large", start);
                }
            }
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    /** Reads an unsigned LEB128 {@code u64} (at most 10 bytes); the result is the unsigned bit pattern. */
    public long readVarU64() throws DecodeException {
        long start = position;
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = readU8();
            if (shift == 63) {
                if ((b & 0x80) != 0) {
                    throw new DecodeException("invalid var_u64: integer representation too long", start);
                }
                if ((b & 0x7e) != 0) {
                    throw new DecodeException("invalid var_u64: integer too large", start);
                }
            }
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    /** Reads a signed LEB128 {@code s33} (at most 5 bytes, unused bits of the last byte must sign-extend). */
    public long readVarS33() throws DecodeException {
        long start = position;
        long result = 0;
        int shift = 0;
        int b;
        do {
            b = readU8();
            if (shift == 28) {
                if ((b & 0x80) != 0) {
                    throw new DecodeException("invalid var_s33: integer representation too long", start);
                }
                int signAndUnused = b & 0x70;
                if (signAndUnused != 0 && signAndUnused != 0x70) {
                    throw new DecodeException("invalid var_s33: integer too large", start);
                }
            }
            result |= (long) (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0) {
            result |= -1L << shift;
        }
        // 5 bytes hold 35 bits; keep the 33-bit value sign-extended
        return (result << 31) >> 31;
    }

    /** Reads a {@code u32} length or count and checks that at least {@code count} bytes remain. */
    public int readCount(String what) throws DecodeException {
        long start = position;
        long count = readVarU32();
        if (count > remaining()) {
            throw new DecodeException("unexpected end-of-file: " + what + " count " + count
                    + " exceeds the " + remaining() + " remaining bytes", start);
        }
        return (int) count;
    }

    /** Reads a {@code 0x00}/{@code 0x01} flag. */
    public boolean readBool(String what) throws DecodeException {
        long at = position;
        int b = readU8();
        return switch (b) {
            case 0x00 -> false;
            case 0x01 -> true;
            default -> throw new DecodeException("invalid boolean value (0x" + Integer.toHexString(b)
                    + ") for " + what, at);
        };
    }

    /** Reads {@code len:u32} then {@code len} bytes of strictly valid UTF-8 ({@code core:name}). */
    public String readString() throws DecodeException {
        int length = readCount("string length");
        long at = position;
        ByteBuffer bytes = ByteBuffer.wrap(data, position, length);
        position += length;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DecodeException("malformed UTF-8 encoding", at);
        }
    }

    /** Reads {@code length} raw bytes (copied). */
    public byte[] readBytes(int length) throws DecodeException {
        if (length < 0 || length > remaining()) {
            throw eof();
        }
        byte[] out = new byte[length];
        System.arraycopy(data, position, out, 0, length);
        position += length;
        return out;
    }

    /** Returns a reader over the next {@code length} bytes and skips them here. */
    public BinaryReader slice(long length) throws DecodeException {
        if (length < 0 || length > remaining()) {
            throw new DecodeException("unexpected end-of-file: " + length + " bytes needed, "
                    + remaining() + " remaining", position);
        }
        BinaryReader sub = new BinaryReader(data, position, position + (int) length, depth);
        position += (int) length;
        return sub;
    }

    /** Enters one level of component/type nesting. */
    public void enter(String what) throws DecodeException {
        if (++depth > MAX_NESTING) {
            throw new DecodeException(what + " nested deeper than " + MAX_NESTING + " levels", position);
        }
    }

    /** Leaves one level of nesting entered with {@link #enter}. */
    public void exit() {
        depth--;
    }

    /** Throws unless the window has been fully consumed. */
    public void expectEnd(String what) throws DecodeException {
        if (!atEnd()) {
            throw new DecodeException("section size mismatch: unexpected data at the end of " + what, position);
        }
    }

    /** The error for an unknown leading byte at {@code at}, in wasmparser's wording. */
    public static DecodeException invalidLeadingByte(int b, String what, long at) {
        return new DecodeException("invalid leading byte (0x" + Integer.toHexString(b) + ") for " + what, at);
    }

    /** The error for an unknown leading byte that was just read. */
    public DecodeException invalidLeadingByte(int b, String what) {
        return invalidLeadingByte(b, what, position - 1L);
    }

    private DecodeException eof() {
        return new DecodeException("unexpected end-of-file", position);
    }
}
