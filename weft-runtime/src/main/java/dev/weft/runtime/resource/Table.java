package dev.weft.runtime.resource;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;

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

    /** The table's name for messages, or its first part when {@link #nameSuffix} is not null. */
    private final String name;
    private final String nameSuffix;
    private final int maxLive;
    private Object[] array = new Object[8];
    private int length = 1;
    private static final int[] NO_FREE = new int[0];
    /** The free list: indexes of removed elements, the last freed at {@code free[freeCount - 1]}. */
    private int[] free = NO_FREE;
    private int freeCount;

    public Table(String name) {
        this(name, MAX_LENGTH);
    }

    /** A table that holds at most {@code maxLive} elements at once; adding more is a HANDLE_LIMIT trap. */
    public Table(String name, int maxLive) {
        this(name, null, maxLive);
    }

    /** As {@link #Table(String, int)}, named {@code name + suffix} (joined only when a message needs it). */
    public Table(String name, String suffix, int maxLive) {
        this.name = name;
        this.nameSuffix = suffix;
        this.maxLive = maxLive;
    }

    private String name() {
        return nameSuffix == null ? name : name + nameSuffix;
    }

    /** The element at {@code index}; traps if out of range or empty. {@code index} is an unsigned i32. */
    @SuppressWarnings("unchecked")
    public E get(int index) throws Trap {
        long i = Integer.toUnsignedLong(index);
        if (i >= length) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    name() + " table: index " + i + " out of bounds (length " + length + ")");
        }
        Object e = array[(int) i];
        if (e == null) {
            throw new Trap(TrapKind.COMPONENT_MODEL, name() + " table: index " + i + " is empty");
        }
        return (E) e;
    }

    /** Adds {@code e} and returns its index (never 0); traps when the table is full. */
    public int add(E e) throws Trap {
        if (liveCount() >= maxLive) {
            throw new Trap(TrapKind.HANDLE_LIMIT, name() + " table: holds " + liveCount()
                    + " elements, the instance's limit");
        }
        if (freeCount > 0) {
            int i = free[--freeCount];
            array[i] = e;
            return i;
        }
        int i = length;
        if (i > MAX_LENGTH) {
            throw new Trap(TrapKind.COMPONENT_MODEL, name() + " table: full (" + MAX_LENGTH + " elements)");
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
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, Math.max(4, free.length * 2));
        }
        free[freeCount++] = index;
        return e;
    }

    /** Number of live elements. */
    public int liveCount() {
        return length - 1 - freeCount;
    }
}
