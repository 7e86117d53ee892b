package dev.weft.runtime.engine;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import java.util.OptionalInt;
import run.endive.runtime.Memory;

/** A linear memory backed by Endive's {@code ByteArrayMemory} (or whichever memory the exporter made). */
final class EndiveMemory implements CoreMemory {
    private final Memory memory;
    private final CoreMemoryType declared;

    /** Reaches addresses at or above 2 GiB (u32s in negative ints); null when the storage stops below. */
    private final UnsignedAccess unsigned;

    EndiveMemory(Memory memory, CoreMemoryType declared) {
        this.memory = memory;
        this.declared = declared;
        this.unsigned = memory instanceof UnsignedAccess access ? access
                : memory instanceof MemoryView view ? view.unsigned() : null;
    }

    /**
     * True when an access of {@code length} bytes at the u32 {@code address} lies (partly) at or above 2 GiB, where
     * Endive's int-addressed methods cannot go: it then takes the unsigned path.
     */
    private static boolean high(int address, int length) {
        return address < 0 || address > Integer.MAX_VALUE - length;
    }

    private byte[] readHigh(int address, int length) throws Trap {
        if (unsigned == null) {
            throw outOfBounds(address, length, null);
        }
        byte[] bytes = new byte[length];
        try {
            unsigned.readAt(Integer.toUnsignedLong(address), bytes, 0, length);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds(address, length, e);
        }
        return bytes;
    }

    private void writeHigh(int address, byte[] data, int offset, int length) throws Trap {
        if (unsigned == null) {
            throw outOfBounds(address, length, null);
        }
        try {
            unsigned.writeAt(Integer.toUnsignedLong(address), data, offset, length);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds(address, length, e);
        }
    }

    private long readHighLittleEndian(int address, int length) throws Trap {
        byte[] b = readHigh(address, length);
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (b[i] & 0xFFL);
        }
        return value;
    }

    private void writeHighLittleEndian(int address, long value, int length) throws Trap {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (value >>> (8 * i));
        }
        writeHigh(address, b, 0, length);
    }

    Memory memory() {
        return memory;
    }

    @Override
    public CoreMemoryType type() {
        return new CoreMemoryType(memory.pages(), declared.maxPages(), declared.shared());
    }

    OptionalInt declaredMax() {
        return declared.maxPages();
    }

    @Override
    public int pages() {
        return memory.pages();
    }

    @Override
    public int grow(int deltaPages) {
        return memory.grow(deltaPages);
    }

    @Override
    public byte readByte(int address) throws Trap {
        if (high(address, 1)) {
            return (byte) readHighLittleEndian(address, 1);
        }
        try {
            return memory.read(address);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 1, e);
        }
    }

    @Override
    public short readShort(int address) throws Trap {
        if (high(address, 2)) {
            return (short) readHighLittleEndian(address, 2);
        }
        try {
            return memory.readShort(address);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 2, e);
        }
    }

    @Override
    public int readInt(int address) throws Trap {
        if (high(address, 4)) {
            return (int) readHighLittleEndian(address, 4);
        }
        try {
            return memory.readInt(address);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 4, e);
        }
    }

    @Override
    public long readLong(int address) throws Trap {
        if (high(address, 8)) {
            return readHighLittleEndian(address, 8);
        }
        try {
            return memory.readLong(address);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 8, e);
        }
    }

    @Override
    public float readFloat(int address) throws Trap {
        if (high(address, 4)) {
            return Float.intBitsToFloat((int) readHighLittleEndian(address, 4));
        }
        try {
            return memory.readFloat(address);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 4, e);
        }
    }

    @Override
    public double readDouble(int address) throws Trap {
        if (high(address, 8)) {
            return Double.longBitsToDouble(readHighLittleEndian(address, 8));
        }
        try {
            return memory.readDouble(address);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 8, e);
        }
    }

    @Override
    public byte[] readBytes(int address, int length) throws Trap {
        checkRange(address, length);
        if (high(address, length)) {
            return readHigh(address, length);
        }
        try {
            return memory.readBytes(address, length);
        } catch (RuntimeException e) {
            throw outOfBounds(address, length, e);
        }
    }

    @Override
    public void writeByte(int address, byte value) throws Trap {
        if (high(address, 1)) {
            writeHighLittleEndian(address, value, 1);
            return;
        }
        try {
            memory.writeByte(address, value);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 1, e);
        }
    }

    @Override
    public void writeShort(int address, short value) throws Trap {
        if (high(address, 2)) {
            writeHighLittleEndian(address, value, 2);
            return;
        }
        try {
            memory.writeShort(address, value);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 2, e);
        }
    }

    @Override
    public void writeInt(int address, int value) throws Trap {
        if (high(address, 4)) {
            writeHighLittleEndian(address, value, 4);
            return;
        }
        try {
            memory.writeI32(address, value);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 4, e);
        }
    }

    @Override
    public void writeLong(int address, long value) throws Trap {
        if (high(address, 8)) {
            writeHighLittleEndian(address, value, 8);
            return;
        }
        try {
            memory.writeLong(address, value);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 8, e);
        }
    }

    @Override
    public void writeFloat(int address, float value) throws Trap {
        if (high(address, 4)) {
            writeHighLittleEndian(address, Float.floatToRawIntBits(value), 4);
            return;
        }
        try {
            memory.writeF32(address, value);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 4, e);
        }
    }

    @Override
    public void writeDouble(int address, double value) throws Trap {
        if (high(address, 8)) {
            writeHighLittleEndian(address, Double.doubleToRawLongBits(value), 8);
            return;
        }
        try {
            memory.writeF64(address, value);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 8, e);
        }
    }

    @Override
    public void writeBytes(int address, byte[] data, int offset, int length) throws Trap {
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IndexOutOfBoundsException(
                    "source range " + offset + "+" + length + " outside array of " + data.length);
        }
        checkRange(address, length);
        if (high(address, length)) {
            writeHigh(address, data, offset, length);
            return;
        }
        try {
            memory.write(address, data, offset, length);
        } catch (RuntimeException e) {
            throw outOfBounds(address, length, e);
        }
    }

    /** Addresses are u32s in ints: reject what would wrap before anything reads. */
    private void checkRange(int address, int length) throws Trap {
        if (length < 0 || Integer.toUnsignedLong(address) + length > byteSize()) {
            throw outOfBounds(address, length, null);
        }
    }

    private Trap outOfBounds(int address, int length, RuntimeException cause) {
        return new Trap(TrapKind.MEMORY_OUT_OF_BOUNDS, "out of bounds memory access: " + length + " bytes at 0x"
                + Integer.toHexString(address)
                + " in memory of " + byteSize() + " bytes", java.util.List.of(), cause);
    }
}
