package dev.weft.runtime.engine;

/**
 * What an engine's {@link CoreEngine#compile} calls did.
 *
 * @param compiled          modules compiled to bytecode
 * @param diskCacheHits     modules loaded from the disk cache
 * @param memoryCacheHits   modules reused from the in-memory cache
 * @param corruptDiskEntries disk cache entries found unreadable (then recompiled)
 */
public record CoreEngineStats(long compiled, long diskCacheHits, long memoryCacheHits, long corruptDiskEntries) {}
