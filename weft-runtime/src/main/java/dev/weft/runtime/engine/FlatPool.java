package dev.weft.runtime.engine;

/**
 * Idle storage for the {@link FlatMemory flat memories} of one module memory (Wasmtime's pooling allocator, for
 * linear memories): each entry's array holds exactly the module's {@link MemoryImage} and its dirty marks are all
 * clear, so an instance that takes one starts as a fresh instance would, without allocating and filling the whole
 * initial memory. A memory gives its storage back through {@link FlatMemory#release} (only when its component
 * instance is known to be done, see {@code ComponentInstance.release}), after restoring only the chunks it wrote.
 *
 * <p>Bounded: at most {@link #idleFor} idle entries (system property {@value #IDLE_PROPERTY}; by default as many as
 * fit in 256 MiB, 4 to 64); memories whose initial size is over {@value #MAX_BYTES_PROPERTY} bytes (default 64 MiB)
 * get no pool ({@link #forImageOf}). Storage that is not given back is the garbage collector's. Thread-safe.
 */
final class FlatPool {
    /** Property: the most idle entries one module memory keeps. */
    static final String IDLE_PROPERTY = "weft.memory.pool.idle";
    /** Property: the largest initial memory (bytes) that is pooled. */
    static final String MAX_BYTES_PROPERTY = "weft.memory.pool.maxBytes";

    /** Explicit bound on idle entries per pool; -1 when the default (a byte budget, {@link #idleFor}) applies. */
    private static final int MAX_IDLE = Integer.getInteger(IDLE_PROPERTY, -1);
    private static final long MAX_BYTES = Long.getLong(MAX_BYTES_PROPERTY, 64L << 20);
    /** Default idle bytes one pool keeps: enough that the requests a server has in flight rarely miss the pool. */
    private static final long IDLE_BUDGET_BYTES = 256L << 20;
    private static final int MAX_DEFAULT_IDLE = 64;

    /** One flat memory's storage: the array and its dirty marks (one per 4 KiB chunk). */
    record Storage(byte[] bytes, byte[] dirty) {
        /** New zero storage for {@code pages} pages. */
        static Storage zeros(int pages) {
            int length = pages * FlatMemory.PAGE_SIZE;
            return new Storage(new byte[length], new byte[length >>> FlatMemory.CHUNK_SHIFT]);
        }
    }

    private final int pages;
    private final Storage[] idle;
    private int count;

    FlatPool(int pages, int maxIdle) {
        this.pages = pages;
        this.idle = new Storage[Math.max(0, maxIdle)];
    }

    /**
     * The pool for the flat memories made from {@code image}, or null when they are not pooled (initial size over
     * the cap, or at 2 GiB and more, which a flat array cannot hold whole).
     */
    static FlatPool forImageOf(int initialPages) {
        long bytes = (long) initialPages * FlatMemory.PAGE_SIZE;
        int maxIdle = idleFor(bytes);
        if (bytes > MAX_BYTES || initialPages > FlatMemory.FLAT_PAGES || maxIdle <= 0) {
            return null;
        }
        return new FlatPool(initialPages, maxIdle);
    }

    /**
     * The most idle entries a pool of {@code bytes}-byte memories keeps: the property when set, else as many as fit
     * in 256 MiB, between 4 and 64. A bound of 4 (the old default on two cores) dropped storage whenever more than
     * four of ten in-flight JS requests finished together, and the next ones then made a 9.5 MB memory anew:
     * `weft serve` of the componentize-js hello did 989 req/s at 1.93 ms CPU with 4 and 1,096 at 1.74 ms with 32
     * (bench/README.md, "Session 8 figures").
     */
    static int idleFor(long bytes) {
        if (MAX_IDLE >= 0) {
            return MAX_IDLE;
        }
        return (int) Math.max(4, Math.min(MAX_DEFAULT_IDLE, IDLE_BUDGET_BYTES / Math.max(1, bytes)));
    }

    /** Initial pages of the memories this pool serves. */
    int pages() {
        return pages;
    }

    /** An idle storage holding the image, or null when none is idle. */
    synchronized Storage take() {
        if (count == 0) {
            return null;
        }
        Storage s = idle[--count];
        idle[count] = null;
        return s;
    }

    /** Whether an offer now would be kept (it may not be, when others offer in between). */
    synchronized boolean hasRoom() {
        return count < idle.length;
    }

    /** Keeps {@code storage} (which must hold exactly the image, marks clear) unless the pool is full. */
    synchronized boolean offer(Storage storage) {
        if (count == idle.length || storage.bytes().length != pages * FlatMemory.PAGE_SIZE) {
            return false;
        }
        idle[count++] = storage;
        return true;
    }

    /** Idle entries now. */
    synchronized int idleCount() {
        return count;
    }
}
