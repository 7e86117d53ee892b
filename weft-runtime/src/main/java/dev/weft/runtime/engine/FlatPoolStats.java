package dev.weft.runtime.engine;

import java.util.concurrent.atomic.LongAdder;

/**
 * Process-wide counts of Weft's pooled flat memories ({@link FlatPool}): how many were made for stores that give
 * their memories back, how many of those took idle storage from a pool (instead of allocating and filling a new
 * array), and how many gave their storage back. Touched once per memory made or released, never by loads or stores.
 */
public final class FlatPoolStats {
    static final LongAdder MADE = new LongAdder();
    static final LongAdder REUSED = new LongAdder();
    static final LongAdder RETURNED = new LongAdder();
    static final LongAdder RESTORED_CHUNKS = new LongAdder();

    private FlatPoolStats() {}

    /** Pooled flat memories made (with new or reused storage), since the JVM started. */
    public static long made() {
        return MADE.sum();
    }

    /** Pooled flat memories whose storage came from a pool, since the JVM started. */
    public static long reused() {
        return REUSED.sum();
    }

    /** Storages given back to a pool (restored to the image), since the JVM started. */
    public static long returned() {
        return RETURNED.sum();
    }

    /** 4 KiB chunks restored to the image when storage was given back, since the JVM started. */
    public static long restoredChunks() {
        return RESTORED_CHUNKS.sum();
    }
}
