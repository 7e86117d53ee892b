package dev.weft.runtime.engine;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import java.util.ArrayList;
import java.util.List;
import run.endive.runtime.GlobalInstance;
import run.endive.wasm.types.MutabilityType;
import run.endive.wasm.types.ValType;

/**
 * What every core instance of one component instance shares: the linear-memory budget (total bytes across all
 * memories), the table size cap, and the fuel and call-depth meters that instrumented code
 * ({@link MeteredModule}) counts down. One per top-level instantiation; not thread-safe, like the instances.
 */
public final class CoreStore {
    /** No limits and no meters. */
    public static final long UNLIMITED = Long.MAX_VALUE;

    private static final long PAGE = 65536;

    private final long maxMemoryBytes;
    private final int maxTableElements;
    private long memoryBytes;
    private final GlobalInstance fuel = meter(UNLIMITED);
    private final GlobalInstance depth = meter(UNLIMITED);
    private long maxCallDepth = UNLIMITED;
    /** Whether this store's memories may take flat storage from their module's pool (see {@link #poolMemories}). */
    private boolean poolMemories;
    /** The flat memories whose storage goes back to a pool on {@link #releaseMemories}. */
    private List<FlatMemory> pooled = List.of();

    /**
     * @param maxMemoryBytes   cap on the bytes of all linear memories together ({@link #UNLIMITED} for none)
     * @param maxTableElements cap on the elements of any one table ({@link Integer#MAX_VALUE} for none)
     */
    public CoreStore(long maxMemoryBytes, int maxTableElements) {
        if (maxMemoryBytes < 0 || maxTableElements < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
        this.maxMemoryBytes = maxMemoryBytes;
        this.maxTableElements = maxTableElements;
    }

    public static CoreStore unlimited() {
        return new CoreStore(UNLIMITED, Integer.MAX_VALUE);
    }

    private static GlobalInstance meter(long value) {
        return GlobalInstance.builder().valueLow(value).valType(ValType.I64).mutabilityType(MutabilityType.Var)
                .build();
    }

    /** Bytes of linear memory that this store's instances hold now. */
    public long memoryBytes() {
        return memoryBytes;
    }

    public long maxMemoryBytes() {
        return maxMemoryBytes;
    }

    public int maxTableElements() {
        return maxTableElements;
    }

    /** Fuel left for metered modules (never negative; {@link #UNLIMITED} unless set). */
    public long fuel() {
        return Math.max(0, fuel.getValue());
    }

    /** Sets the fuel left. */
    public void setFuel(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("fuel must not be negative, got " + amount);
        }
        fuel.setValue(amount);
    }

    /** True when metered code trapped because the fuel ran out (the meter went below zero). */
    public boolean fuelExhausted() {
        return fuel.getValue() < 0;
    }

    /** The deepest nesting of guest calls metered modules allow ({@link #UNLIMITED} for no limit). */
    public void setMaxCallDepth(long max) {
        if (max < 1) {
            throw new IllegalArgumentException("the call depth must be at least 1, got " + max);
        }
        this.maxCallDepth = max;
        resetCallDepth();
    }

    /** Starts a call from the host: the whole depth is available again. */
    public void resetCallDepth() {
        depth.setValue(maxCallDepth);
    }

    /** True when metered code trapped because the call depth ran out. */
    public boolean callDepthExhausted() {
        return depth.getValue() < 0;
    }

    GlobalInstance fuelGlobal() {
        return fuel;
    }

    GlobalInstance depthGlobal() {
        return depth;
    }

    /**
     * Lets the memories made for this store from now on take their storage from their module's pool of flat
     * memories (and give it back on {@link #releaseMemories}). For stores whose owner promises to release them:
     * a memory that is never released costs a whole flat memory, where a copy-on-write one costs the chunks it
     * writes ({@link MemoryKind}).
     */
    public void poolMemories() {
        this.poolMemories = true;
    }

    /** True when {@link #poolMemories} was called. */
    boolean poolsMemories() {
        return poolMemories;
    }

    /** Records a memory whose storage goes back to its pool on {@link #releaseMemories}. */
    void track(FlatMemory memory) {
        if (pooled.isEmpty()) {
            pooled = new ArrayList<>(2);
        }
        pooled.add(memory);
    }

    /**
     * Gives the storage of this store's pooled memories back to their pools, restored to their module's image;
     * the memories have no pages afterwards (any access traps). Only for when no guest code of this store runs or
     * can run any more. Returns how many storages went back.
     */
    public int releaseMemories() {
        int released = 0;
        for (FlatMemory memory : pooled) {
            if (memory.release()) {
                released++;
            }
        }
        pooled = List.of();
        return released;
    }

    /** Reserves the bytes of a new memory; a trap (carried as a signal) when they do not fit. */
    void reserveInitial(long pages) {
        long bytes = pages * PAGE;
        if (bytes > maxMemoryBytes - memoryBytes) {
            throw new HostTrapSignal(new Trap(TrapKind.MEMORY_LIMIT, "a memory of " + pages + " page(s) (" + bytes
                    + " bytes) does not fit in the instance's memory limit of " + maxMemoryBytes + " bytes ("
                    + memoryBytes + " already in use)"));
        }
        memoryBytes += bytes;
    }

    /** Reserves {@code pages} more pages for {@code memory.grow}; false (so the grow returns -1) when over the cap. */
    boolean tryGrow(long pages) {
        long bytes = pages * PAGE;
        if (pages < 0 || bytes > maxMemoryBytes - memoryBytes) {
            return false;
        }
        memoryBytes += bytes;
        return true;
    }

    /** Gives back what {@link #tryGrow} reserved when the memory itself refused to grow. */
    void release(long pages) {
        memoryBytes -= pages * PAGE;
    }

    /** The element cap for a table declared with {@code min} elements; a trap signal when min is already over it. */
    long tableMax(long min, long declaredMax) {
        if (min > maxTableElements) {
            throw new HostTrapSignal(new Trap(TrapKind.TABLE_LIMIT, "a table of " + min
                    + " elements is over the instance's limit of " + maxTableElements + " elements per table"));
        }
        return Math.min(declaredMax, maxTableElements);
    }
}
