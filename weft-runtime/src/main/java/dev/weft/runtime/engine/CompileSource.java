package dev.weft.runtime.engine;

/** Where a {@link CoreModule}'s compiled code came from. */
public enum CompileSource {
    /** Compiled to JVM bytecode in this call. */
    COMPILED,
    /** Loaded from the persistent on-disk cache. */
    DISK_CACHE,
    /** Reused from this engine's in-memory cache. */
    MEMORY_CACHE
}
