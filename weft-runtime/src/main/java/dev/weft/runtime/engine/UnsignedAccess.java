package dev.weft.runtime.engine;

/**
 * Host-side access to a linear memory with unsigned 32-bit addresses held in {@code long}s, so that the canonical
 * ABI can reach all of a memory of up to 4 GiB. (Endive's {@code Memory} methods take {@code int} addresses, and
 * its compiled code passes addresses at or above 2 GiB as negative ints; those stay out of bounds there.)
 */
interface UnsignedAccess {

    /** The memory's size in bytes (up to 4 GiB). */
    long byteLength();

    /**
     * Copies {@code length} bytes at {@code address} into {@code dst[offset..]}.
     *
     * @throws IndexOutOfBoundsException when {@code [address, address + length)} is not inside the memory
     */
    void readAt(long address, byte[] dst, int offset, int length);

    /**
     * Copies {@code src[offset..offset+length)} to {@code address}.
     *
     * @throws IndexOutOfBoundsException when {@code [address, address + length)} is not inside the memory
     */
    void writeAt(long address, byte[] src, int offset, int length);
}
