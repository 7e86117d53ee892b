package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.engine.CoreMemory;

import java.util.Objects;

/**
 * {@link GuestMemory} over an engine {@link CoreMemory}. Addresses are checked here against the current size
 * (with 64-bit arithmetic, so u32 addresses at or above 2^31 trap cleanly) before the engine sees them.
 */
public final class CoreMemoryAccess implements GuestMemory {
    private final CoreMemory memory;
    /** A size the memory had; memories only grow, so an access below it is in bounds without asking again. */
    private long knownSize;

    public CoreMemoryAccess(CoreMemory memory) {
        this.memory = Objects.requireNonNull(memory, "memory");
    }

    @Override
    public long byteLength() {
        return memory.byteSize();
    }

    @Override
    public boolean contains(long address, long length) {
        if (address + length <= knownSize) {
            return true;
        }
        knownSize = memory.byteSize();
        return address + length <= knownSize;
    }

    private int at(long address, long length) throws Trap {
        if (address >= 0 && address + length <= knownSize) {
            return (int) address;
        }
        knownSize = memory.byteSize();
        if (address < 0 || address + length > knownSize) {
            throw new Trap(TrapKind.MEMORY_OUT_OF_BOUNDS, "memory access at " + address + " of " + length
                    + " bytes is out of bounds ("
                    + memory.byteSize() + " bytes)");
        }
        return (int) address;
    }

    @Override
    public byte readI8(long address) throws Trap {
        return memory.readByte(at(address, 1));
    }

    @Override
    public short readI16(long address) throws Trap {
        return memory.readShort(at(address, 2));
    }

    @Override
    public int readI32(long address) throws Trap {
        return memory.readInt(at(address, 4));
    }

    @Override
    public long readI64(long address) throws Trap {
        return memory.readLong(at(address, 8));
    }

    @Override
    public void writeI8(long address, byte value) throws Trap {
        memory.writeByte(at(address, 1), value);
    }

    @Override
    public void writeI16(long address, short value) throws Trap {
        memory.writeShort(at(address, 2), value);
    }

    @Override
    public void writeI32(long address, int value) throws Trap {
        memory.writeInt(at(address, 4), value);
    }

    @Override
    public void writeI64(long address, long value) throws Trap {
        memory.writeLong(at(address, 8), value);
    }

    @Override
    public void read(long address, byte[] dst, int offset, int length) throws Trap {
        byte[] b = memory.readBytes(at(address, length), length);
        System.arraycopy(b, 0, dst, offset, length);
    }

    @Override
    public byte[] read(long address, int length) throws Trap {
        return memory.readBytes(at(address, length), length);
    }

    @Override
    public void write(long address, byte[] src, int offset, int length) throws Trap {
        memory.writeBytes(at(address, length), src, offset, length);
    }
}
