package dev.weft.runtime.abi;

import java.util.Arrays;

/** A growable buffer of flat core values being lowered (i32 and f32 stored sign-extended). */
public final class FlatWriter {
    private long[] values;
    private int size;

    public FlatWriter(int capacity) {
        values = new long[Math.max(capacity, 1)];
    }

    public FlatWriter() {
        this(8);
    }

    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
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
}
