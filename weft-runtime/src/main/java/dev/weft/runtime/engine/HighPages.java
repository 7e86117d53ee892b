package dev.weft.runtime.engine;

import java.util.Arrays;

/**
 * The pages of a {@link PagedMemory} at or above 2 GiB (page index {@link #FIRST} and up), kept apart from the low
 * pages so that Endive's int-addressed accessors (which see those addresses as negative ints) can never reach them.
 * Pages start as the shared zero page and are copied on first write, like the low ones.
 */
final class HighPages {
    /** Index of the first page at or above 2 GiB. */
    static final int FIRST = 1 << 15;

    private byte[][] read = new byte[0][];
    private byte[][] owned = new byte[0][];

    /** Makes pages {@code FIRST + from} to {@code FIRST + to - 1} fresh zero pages. */
    void add(int from, int to, int maxCount) {
        if (to > read.length) {
            int capacity = (int) Math.min(maxCount, Math.max(to, 2L * read.length));
            read = Arrays.copyOf(read, capacity);
            owned = Arrays.copyOf(owned, capacity);
        }
        Arrays.fill(read, from, to, PagedMemory.ZERO_PAGE);
        Arrays.fill(owned, from, to, null);
    }

    /** The page {@code FIRST + index} for reading. */
    byte[] forRead(int index) {
        return read[index];
    }

    /** The page {@code FIRST + index}, owned by this memory, for writing. */
    byte[] forWrite(int index) {
        byte[] page = owned[index];
        if (page == null) {
            byte[] shared = read[index];
            page = shared == PagedMemory.ZERO_PAGE ? new byte[PagedMemory.PAGE_SIZE] : shared.clone();
            read[index] = page;
            owned[index] = page;
        }
        return page;
    }

    /** Back to zero pages, up to {@code count} pages. */
    void zero(int count) {
        Arrays.fill(read, 0, Math.min(count, read.length), PagedMemory.ZERO_PAGE);
        Arrays.fill(owned, 0, Math.min(count, owned.length), null);
    }
}
