package dev.weft.runtime.engine;

import java.util.concurrent.atomic.LongAdder;

/**
 * Process-wide counts of the copy-on-write work done by Weft's paged linear memories: how many 4 KiB chunks were
 * copied from a module's memory image on first write, and how many zero chunks were allocated on first write (no
 * copy). Divided by the number of instances or requests, they tell what a fresh instance costs beyond its setup.
 * The counters are only touched on a chunk's first write, never on ordinary loads and stores.
 */
public final class PagedMemoryStats {
    static final LongAdder IMAGE_CHUNKS_COPIED = new LongAdder();
    static final LongAdder ZERO_CHUNKS_ALLOCATED = new LongAdder();

    private PagedMemoryStats() {}

    /** 4 KiB chunks copied from a memory image (data segments) on first write, since the JVM started. */
    public static long imageChunksCopied() {
        return IMAGE_CHUNKS_COPIED.sum();
    }

    /** 4 KiB chunks of zeros allocated on first write (nothing copied), since the JVM started. */
    public static long zeroChunksAllocated() {
        return ZERO_CHUNKS_ALLOCATED.sum();
    }
}
