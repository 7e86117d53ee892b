package dev.weft.runtime.abi;

import dev.weft.error.Trap;

/**
 * Byte-level access to a guest's linear memory (little-endian). Addresses are unsigned and held in {@code long}s;
 * every access outside {@code [0, byteLength())} throws a {@link Trap}.
 */
public interface GuestMemory {
    long byteLength();

    /** Whether {@code [address, address + length)} (both non-negative) lies inside memory now. */
    default boolean contains(long address, long length) {
        return address + length <= byteLength();
    }

    byte readI8(long address) throws Trap;

    short readI16(long address) throws Trap;

    int readI32(long address) throws Trap;

    long readI64(long address) throws Trap;

    default float readF32(long address) throws Trap {
        return Float.intBitsToFloat(readI32(address));
    }

    default double readF64(long address) throws Trap {
        return Double.longBitsToDouble(readI64(address));
    }

    void writeI8(long address, byte value) throws Trap;

    void writeI16(long address, short value) throws Trap;

    void writeI32(long address, int value) throws Trap;

    void writeI64(long address, long value) throws Trap;

    default void writeF32(long address, float value) throws Trap {
        writeI32(address, Float.floatToRawIntBits(value));
    }

    default void writeF64(long address, double value) throws Trap {
        writeI64(address, Double.doubleToRawLongBits(value));
    }

    /** Copies {@code length} bytes at {@code address} into {@code dst[offset..]}. */
    void read(long address, byte[] dst, int offset, int length) throws Trap;

    /** Copies {@code src[offset..offset+length)} to {@code address}. */
    void write(long address, byte[] src, int offset, int length) throws Trap;

    default byte[] read(long address, int length) throws Trap {
        byte[] b = new byte[length];
        read(address, b, 0, length);
        return b;
    }
}
