package dev.weft.runtime.engine;

import dev.weft.error.Trap;

/**
 * A core linear memory (little-endian). Every access is bounds-checked; an access outside the memory is a
 * {@link Trap}, since addresses come from the guest. Addresses are unsigned 32-bit values held in {@code int}s
 * ({@code 0x8000_0000} and up are negative ints), so all of a memory of up to 4 GiB (65536 pages) is reachable.
 */
public sealed interface CoreMemory extends CoreExtern permits EndiveMemory {

    @Override
    CoreMemoryType type();

    /** Current size in 64 KiB pages. */
    int pages();

    /** Current size in bytes. */
    default long byteSize() {
        return (long) pages() * CoreMemoryType.PAGE_SIZE;
    }

    /** Grows by {@code deltaPages}; returns the old size in pages, or -1 if the memory cannot grow that far. */
    int grow(int deltaPages);

    byte readByte(int address) throws Trap;

    short readShort(int address) throws Trap;

    int readInt(int address) throws Trap;

    long readLong(int address) throws Trap;

    float readFloat(int address) throws Trap;

    double readDouble(int address) throws Trap;

    byte[] readBytes(int address, int length) throws Trap;

    void writeByte(int address, byte value) throws Trap;

    void writeShort(int address, short value) throws Trap;

    void writeInt(int address, int value) throws Trap;

    void writeLong(int address, long value) throws Trap;

    void writeFloat(int address, float value) throws Trap;

    void writeDouble(int address, double value) throws Trap;

    void writeBytes(int address, byte[] data, int offset, int length) throws Trap;

    default void writeBytes(int address, byte[] data) throws Trap {
        writeBytes(address, data, 0, data.length);
    }
}
