package dev.weft.runtime.engine;

import static run.endive.runtime.ConstantEvaluators.computeConstantValue;

import run.endive.runtime.Instance;
import run.endive.runtime.Memory;
import run.endive.wasm.WasmEngineException;
import run.endive.wasm.types.ActiveDataSegment;
import run.endive.wasm.types.DataSegment;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.PassiveDataSegment;

/**
 * What Weft's two non-shared memory layouts ({@link PagedMemory}, {@link FlatMemory}) have in common: their limits,
 * the data segments kept for {@code memory.init}, writing active segments one by one, and refusing the shared-memory
 * operations as Endive does. Loads and stores stay in the final subclasses, so each call site sees one class.
 */
abstract sealed class UnsharedMemory implements Memory, SegmentTarget permits PagedMemory, FlatMemory {
    final MemoryLimits limits;
    /** The declared maximum, capped at the wasm32 limit of 65536 pages. */
    final int maxPages;
    private DataSegment[] dataSegments = new DataSegment[0];

    UnsharedMemory(MemoryLimits limits) {
        if (limits.shared()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " is for non-shared memories");
        }
        this.limits = limits;
        this.maxPages = Math.min(limits.maximumPages(), MemoryLimits.MAX_PAGES);
    }

    /** Bounds of an int-addressed access; {@code instantiating} selects the exception a data segment gets. */
    abstract void checkBounds(int addr, int size, boolean instantiating);

    /** Writes the active segments of {@code memoryIndex} in order, each checked as at instantiation. */
    final void writeActiveSegments(Instance instance, DataSegment[] segments, int memoryIndex) {
        for (DataSegment s : segments) {
            if (s instanceof ActiveDataSegment segment) {
                if (segment.index() != memoryIndex) {
                    continue;
                }
                byte[] data = segment.data();
                int offset = (int) computeConstantValue(instance, segment.offsetInstructions())[0];
                checkBounds(offset, data.length, true);
                write(offset, data, 0, data.length);
            } else if (!(s instanceof PassiveDataSegment)) {
                throw new WasmEngineException("Data segment should be active or passive: " + s);
            }
        }
    }

    @Override
    public final int initialPages() {
        return limits.initialPages();
    }

    /**
     * The maximum as Endive sees it: capped at its {@code RUNTIME_MAX_PAGES}, since its import check compares a memory's
     * maximum with that cap (Weft's own import check uses the declared types). Growth goes up to the real maximum.
     */
    @Override
    public final int maximumPages() {
        return Math.min(maxPages, RUNTIME_MAX_PAGES);
    }

    @Override
    public final boolean shared() {
        return false;
    }

    @Override
    @SuppressWarnings("removal")
    public final Object lock(int address) {
        return this;
    }

    @Override
    @SuppressWarnings("removal")
    public final int waitOn(int address, int expected, long timeout) {
        throw new WasmEngineException("Attempt to wait on a non-shared memory, not supported.");
    }

    @Override
    @SuppressWarnings("removal")
    public final int waitOn(int address, long expected, long timeout) {
        throw new WasmEngineException("Attempt to wait on a non-shared memory, not supported.");
    }

    @Override
    @SuppressWarnings("removal")
    public final int notify(int address, int maxThreads) {
        return 0;
    }

    @Override
    public final void initialize(Instance instance, DataSegment[] segments) {
        initialize(instance, segments, 0);
    }

    @Override
    public final void initialize(Instance instance, DataSegment[] segments, int memoryIndex) {
        this.dataSegments = segments;
        applySegments(instance, segments, memoryIndex);
    }

    @Override
    public final void initPassiveSegment(int segmentId, int dest, int offset, int size) {
        write(dest, dataSegments[segmentId].data(), offset, size);
    }

    @Override
    public final void drop(int segment) {
        dataSegments[segment] = PassiveDataSegment.EMPTY;
    }
}
