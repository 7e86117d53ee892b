package dev.weft.runtime.resource;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * A per-instance handle table (CanonicalABI.md "Table State"): index 0 is reserved and never handed out, freed
 * slots are reused LIFO from a free list, and the table holds at most {@link #MAX_LENGTH} elements.
 *
 * @param <E> element type
 */
public final class Table<E> {
    /** {@code Table.MAX_LENGTH = 2**28 - 1}. */
    public static final int MAX_LENGTH = (1 << 28) - 1;

    private final String name;
    private final int maxLive;
    private Object[] array = new Object[8];
    private int length = 1;
    private final ArrayList<Integer> free = new ArrayList<>();

    public Table(String name) {
        this(name, MAX_LENGTH);
    }

    /** A table that holds at most {@code maxLive} elements at once; adding more is a HANDLE_LIMIT trap. */
    public Table(String name, int maxLive) {
        this.name = name;
        this.maxLive = maxLive;
    }

    /** The element at {@code index}; traps if out of range or empty. {@code index} is an unsigned i32. */
    @SuppressWarnings("unchecked")
    public E get(int index) throws Trap {
        long i = Integer.toUnsignedLong(index);
        if (i >= length) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    name + " table: index " + i + " out of bounds (length " + length + ")");
        }
        Object e = array[(int) i];
        if (e == null) {
            throw new Trap(TrapKind.COMPONENT_MODEL, name + " table: index " + i + " is empty");
        }
        return (E) e;
    }

    /** Adds {@code e} and returns its index (never 0); traps when the table is full. */
    public int add(E e) throws Trap {
        if (liveCount() >= maxLive) {
            throw new Trap(TrapKind.HANDLE_LIMIT, name + " table: holds " + liveCount()
                    + " elements, the instance's limit");
        }
        if (!free.isEmpty()) {
            int i = free.remove(free.size() - 1);
            array[i] = e;
            return i;
        }
        int i = length;
        if (i > MAX_LENGTH) {
            throw new Trap(TrapKind.COMPONENT_MODEL, name + " table: full (" + MAX_LENGTH + " elements)");
        }
        if (i == array.length) {
            array = Arrays.copyOf(array, array.length * 2);
        }
        array[i] = e;
        length++;
        return i;
    }

    /** Removes and returns the element at {@code index}; traps like {@link #get}. */
    public E remove(int index) throws Trap {
        E e = get(index);
        array[index] = null;
        free.add(index);
        return e;
    }

    /** Number of live elements. */
    public int liveCount() {
        return length - 1 - free.size();
    }
}
