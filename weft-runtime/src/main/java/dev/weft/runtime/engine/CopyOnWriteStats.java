package dev.weft.runtime.engine;

/**
 * Process-wide counts of the 4 KiB chunks that copy-on-write linear memories made writable (for benchmarks: the
 * difference over a run divided by its requests is the page work one request causes).
 */
public final class CopyOnWriteStats {
    private CopyOnWriteStats() {
    }

    /** Chunks of a module's initial memory image copied on their first write, since the JVM started. */
    public static long copiedChunks() {
        return PagedMemory.COPIED.sum();
    }

    /** Zero chunks allocated on their first write, since the JVM started. */
    public static long zeroedChunks() {
        return PagedMemory.ZEROED.sum();
    }
}
