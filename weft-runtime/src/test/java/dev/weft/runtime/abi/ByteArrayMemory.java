package dev.weft.runtime.abi;

import dev.weft.error.Trap;

/** Test double: a little-endian byte array as guest memory, trapping on out-of-bounds access. */
final class ByteArrayMemory implements GuestMemory {
    final byte[] bytes;

    ByteArrayMemory(int size) {
        bytes = new byte[size];
    }

    @Override
    public long byteLength() {
        return bytes.length;
    }

    private int check(long address, int n) throws Trap {
        if (address < 0 || address + n > bytes.length) {
            throw new Trap("memory access at " + address + " of " + n + " bytes out of bounds");
        }
        return (int) address;
    }

    @Override
    public byte readI8(long address) throws Trap {
        return bytes[check(address, 1)];
    }

    @Override
    public short readI16(long address) throws Trap {
        int a = check(address, 2);
        return (short) ((bytes[a] & 0xFF) | (bytes[a + 1] << 8));
    }

    @Override
    public int readI32(long address) throws Trap {
        int a = check(address, 4);
        return (bytes[a] & 0xFF) | (bytes[a + 1] & 0xFF) << 8 | (bytes[a + 2] & 0xFF) << 16 | (bytes[a + 3] << 24);
    }

    @Override
    public long readI64(long address) throws Trap {
        check(address, 8);
        return (readI32(address) & 0xFFFF_FFFFL) | ((long) readI32(address + 4) << 32);
    }

    @Override
    public void writeI8(long address, byte value) throws Trap {
        bytes[check(address, 1)] = value;
    }

    @Override
    public void writeI16(long address, short value) throws Trap {
        int a = check(address, 2);
        bytes[a] = (byte) value;
        bytes[a + 1] = (byte) (value >> 8);
    }

    @Override
    public void writeI32(long address, int value) throws Trap {
        int a = check(address, 4);
        for (int i = 0; i < 4; i++) {
            bytes[a + i] = (byte) (value >> (8 * i));
        }
    }

    @Override
    public void writeI64(long address, long value) throws Trap {
        int a = check(address, 8);
        for (int i = 0; i < 8; i++) {
            bytes[a + i] = (byte) (value >> (8 * i));
        }
    }

    @Override
    public void read(long address, byte[] dst, int offset, int length) throws Trap {
        System.arraycopy(bytes, check(address, length), dst, offset, length);
    }

    @Override
    public void write(long address, byte[] src, int offset, int length) throws Trap {
        System.arraycopy(src, offset, bytes, check(address, length), length);
    }

    String hex(long address, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(String.format("%02x", bytes[(int) address + i] & 0xFF));
        }
        return sb.toString();
    }
}
