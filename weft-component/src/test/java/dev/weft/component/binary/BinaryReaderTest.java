package dev.weft.component.binary;

import static dev.weft.component.binary.Fixtures.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.DecodeException;
import org.junit.jupiter.api.Test;

/** LEB128 limits of the core spec (u32: ≤5 bytes, unused bits zero; s33: ≤5 bytes, sign-extended) and strings. */
class BinaryReaderTest {

    private static long u32(int... b) throws DecodeException {
        BinaryReader r = new BinaryReader(bytes(b));
        long v = r.readVarU32();
        assertTrue(r.atEnd(), "whole encoding consumed");
        return v;
    }

    private static long s33(int... b) throws DecodeException {
        BinaryReader r = new BinaryReader(bytes(b));
        long v = r.readVarS33();
        assertTrue(r.atEnd(), "whole encoding consumed");
        return v;
    }

    @Test
    void u32Values() throws DecodeException {
        assertEquals(0, u32(0x00));
        assertEquals(127, u32(0x7f));
        assertEquals(128, u32(0x80, 0x01));
        assertEquals(624485, u32(0xe5, 0x8e, 0x26));
        assertEquals(0xffff_ffffL, u32(0xff, 0xff, 0xff, 0xff, 0x0f));
        // overlong but zero-padded encodings are allowed up to 5 bytes
        assertEquals(1, u32(0x81, 0x80, 0x80, 0x80, 0x00));
    }

    @Test
    void u32Limits() {
        DecodeException tooLarge = assertThrows(DecodeException.class, () -> u32(0xff, 0xff, 0xff, 0xff, 0x1f));
        assertTrue(tooLarge.getMessage().contains("integer too large"), tooLarge.getMessage());
        assertEquals(0, tooLarge.offset());
        DecodeException tooLong = assertThrows(DecodeException.class, () -> u32(0x80, 0x80, 0x80, 0x80, 0x80, 0x00));
        assertTrue(tooLong.getMessage().contains("integer representation too long"), tooLong.getMessage());
        DecodeException eof = assertThrows(DecodeException.class, () -> u32(0x80, 0x80));
        assertTrue(eof.getMessage().contains("unexpected end-of-file"), eof.getMessage());
        assertEquals(2, eof.offset());
    }

    @Test
    void s33Values() throws DecodeException {
        assertEquals(0, s33(0x00));
        assertEquals(63, s33(0x3f));
        assertEquals(-1, s33(0x7f));
        assertEquals(-64, s33(0x40));
        assertEquals(64, s33(0xc0, 0x00));
        assertEquals(0xffff_ffffL, s33(0xff, 0xff, 0xff, 0xff, 0x0f));
        assertEquals(-(1L << 32), s33(0x80, 0x80, 0x80, 0x80, 0x70));
    }

    @Test
    void s33Limits() {
        // bits above the sign bit must repeat it
        assertThrows(DecodeException.class, () -> s33(0xff, 0xff, 0xff, 0xff, 0x1f));
        assertThrows(DecodeException.class, () -> s33(0x80, 0x80, 0x80, 0x80, 0x50));
        assertThrows(DecodeException.class, () -> s33(0x80, 0x80, 0x80, 0x80, 0x80, 0x00));
    }

    @Test
    void u64Limits() throws DecodeException {
        BinaryReader max = new BinaryReader(bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01));
        assertEquals(-1L, max.readVarU64());
        assertThrows(DecodeException.class, () -> new BinaryReader(
                bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02)).readVarU64());
    }

    @Test
    void countsLargerThanTheRemainingBytesFailBeforeAllocating() {
        BinaryReader r = new BinaryReader(bytes(0xff, 0xff, 0xff, 0xff, 0x0f, 0x00));
        DecodeException e = assertThrows(DecodeException.class, () -> r.readCount("thing"));
        assertTrue(e.getMessage().contains("unexpected end-of-file"), e.getMessage());
        assertEquals(0, e.offset());
    }

    @Test
    void stringsMustBeValidUtf8() throws DecodeException {
        assertEquals("hé", new BinaryReader(bytes(0x03, 'h', 0xc3, 0xa9)).readString());
        // overlong encoding of '/', lone surrogate, truncated sequence
        for (byte[] bad : new byte[][] {bytes(0x02, 0xc0, 0xaf), bytes(0x03, 0xed, 0xa0, 0x80), bytes(0x01, 0xc3)}) {
            DecodeException e = assertThrows(DecodeException.class, () -> new BinaryReader(bad).readString());
            assertTrue(e.getMessage().contains("malformed UTF-8 encoding"), e.getMessage());
            assertEquals(1, e.offset());
        }
    }

    @Test
    void slicesKeepAbsoluteOffsetsAndBounds() throws DecodeException {
        BinaryReader r = new BinaryReader(bytes(1, 2, 3, 4, 5));
        r.readU8();
        BinaryReader s = r.slice(2);
        assertEquals(1, s.offset());
        assertEquals(3, r.offset());
        s.readU8();
        s.readU8();
        assertTrue(s.atEnd());
        DecodeException e = assertThrows(DecodeException.class, s::readU8);
        assertEquals(3, e.offset());
        assertThrows(DecodeException.class, () -> r.slice(3));
        assertFalse(r.atEnd());
    }

    @Test
    void booleans() throws DecodeException {
        BinaryReader r = new BinaryReader(bytes(0, 1, 2));
        assertFalse(r.readBool("x"));
        assertTrue(r.readBool("x"));
        DecodeException e = assertThrows(DecodeException.class, () -> r.readBool("x"));
        assertTrue(e.getMessage().contains("invalid boolean value"), e.getMessage());
        assertEquals(2, e.offset());
    }
}
