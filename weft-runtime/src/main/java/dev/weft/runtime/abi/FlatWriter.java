package dev.weft.runtime.abi;

import java.util.Arrays;

/** A growable buffer of flat core values being lowered (i32 and f32 stored sign-extended). */
public final class FlatWriter {
    private static final long[] EMPTY = new long[0];

    private long[] values;
    private int size;

    public FlatWriter(int capacity) {
        values = capacity <= 0 ? EMPTY : new long[capacity];
    }

    public FlatWriter() {
        this(8);
    }

    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(4, size * 2));
        }
        values[size++] = value;
    }

    public void addI32(int value) {
        add(value);
    }

    public int size() {
        return size;
    }

    long get(int index) {
        return values[index];
    }

    void set(int index, long value) {
        values[index] = value;
    }

    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /**
     * The values written, without a copy when the buffer was sized exactly (the writer must not be used after;
     * the empty result is a shared array).
     */
    long[] finish() {
        return size == values.length ? values : size == 0 ? EMPTY : Arrays.copyOf(values, size);
    }
}
