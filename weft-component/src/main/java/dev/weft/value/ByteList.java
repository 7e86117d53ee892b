package dev.weft.value;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The elements of a {@code list<u8>} held as bytes: an immutable {@code List<Val>} of {@link U8Val} backed by one
 * {@code byte[]}, so a byte buffer crosses the canonical ABI without one object per byte. A {@link ListVal} keeps
 * it as it is (no copy); {@link #toByteArray()} gives the bytes back. Equal to any list of the same
 * {@link U8Val}s.
 */
public final class ByteList extends AbstractList<Val> implements RandomAccess {
    private static final U8Val[] U8 = new U8Val[256];

    static {
        for (int i = 0; i < U8.length; i++) {
            U8[i] = new U8Val(i);
        }
    }

    private final byte[] bytes;

    private ByteList(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A list of {@code length} bytes of {@code data} from {@code offset} (copied). */
    public static ByteList copyOf(byte[] data, int offset, int length) {
        return new ByteList(Arrays.copyOfRange(data, offset, offset + length));
    }

    /** A list of all of {@code data} (copied). */
    public static ByteList copyOf(byte[] data) {
        return new ByteList(data.clone());
    }

    /** Takes {@code data} as it is: the caller must not change it afterwards. */
    public static ByteList wrap(byte[] data) {
        return new ByteList(data);
    }

    /** The shared {@link U8Val} for {@code value} (0–255). */
    public static U8Val u8(int value) {
        return U8[value];
    }

    @Override
    public U8Val get(int index) {
        return U8[bytes[index] & 0xFF];
    }

    @Override
    public int size() {
        return bytes.length;
    }

    /** The byte at {@code index}, without a {@link U8Val}. */
    public byte byteAt(int index) {
        return bytes[index];
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }
}
