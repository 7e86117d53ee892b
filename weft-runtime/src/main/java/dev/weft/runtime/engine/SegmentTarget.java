package dev.weft.runtime.engine;

import run.endive.runtime.Instance;
import run.endive.wasm.types.DataSegment;

/**
 * A memory that applies the active data segments of an instance importing it ({@link MemoryView}) while keeping
 * its own passive segments (those of the instance that defined it) for {@code memory.init}.
 */
interface SegmentTarget {
    /** Applies the active segments for memory {@code memoryIndex} of {@code instance}'s module. */
    void applySegments(Instance instance, DataSegment[] segments, int memoryIndex);
}
