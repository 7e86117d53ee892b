package dev.weft.runtime.engine;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import java.util.OptionalInt;
import run.endive.runtime.Memory;

/** A linear memory backed by Endive's {@code ByteArrayMemory} (or whichever memory the exporter made). */
final class EndiveMemory implements CoreMemory {
    private final Memory memory;
    private final CoreMemoryType declared;

    EndiveMemory(Memory memory, CoreMemoryType declared) {
        this.memory = memory;
        this.declared = declared;
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
        try {
            return memory.read(address);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 1, e);
        }
    }

    @Override
    public short readShort(int address) throws Trap {
        try {
            return memory.readShort(address);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 2, e);
        }
    }

    @Override
    public int readInt(int address) throws Trap {
        try {
            return memory.readInt(address);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 4, e);
        }
    }

    @Override
    public long readLong(int address) throws Trap {
        try {
            return memory.readLong(address);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 8, e);
        }
    }

    @Override
    public float readFloat(int address) throws Trap {
        try {
            return memory.readFloat(address);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 4, e);
        }
    }

    @Override
    public double readDouble(int address) throws Trap {
        try {
            return memory.readDouble(address);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 8, e);
        }
    }

    @Override
    public byte[] readBytes(int address, int length) throws Trap {
        checkRange(address, length);
        try {
            return memory.readBytes(address, length);
        } catch (RuntimeException e) {
            throw outOfBounds(address, length, e);
        }
    }

    @Override
    public void writeByte(int address, byte value) throws Trap {
        try {
            memory.writeByte(address, value);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 1, e);
        }
    }

    @Override
    public void writeShort(int address, short value) throws Trap {
        try {
            memory.writeShort(address, value);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 2, e);
        }
    }

    @Override
    public void writeInt(int address, int value) throws Trap {
        try {
            memory.writeI32(address, value);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 4, e);
        }
    }

    @Override
    public void writeLong(int address, long value) throws Trap {
        try {
            memory.writeLong(address, value);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 8, e);
        }
    }

    @Override
    public void writeFloat(int address, float value) throws Trap {
        try {
            memory.writeF32(address, value);
        } catch (RuntimeException e) {
            throw outOfBounds(address, 4, e);
        }
    }

    @Override
    public void writeDouble(int address, double value) throws Trap {
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
        try {
            memory.write(address, data, offset, length);
        } catch (RuntimeException e) {
            throw outOfBounds(address, length, e);
        }
    }

    /** Endive treats addresses as signed ints; reject what would wrap before it can misread. */
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
