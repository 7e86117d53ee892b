package dev.weft.error;

/**
 * Why a {@link Trap} happened, so that a host can tell a guest fault from a limit it set itself. The limit kinds
 * ({@link #isLimit()}) come from {@code dev.weft.runtime.Limits} and interruption; after any of them the instance
 * that trapped is dead, but the host (its thread, its {@code InstancePre}, other instances) carries on.
 */
public enum TrapKind {
    /** The guest executed {@code unreachable}. */
    UNREACHABLE,
    /** A load, store or bulk memory operation outside linear memory (or a canonical ABI access out of bounds). */
    MEMORY_OUT_OF_BOUNDS,
    /** A table access outside the table. */
    TABLE_OUT_OF_BOUNDS,
    /** {@code call_indirect} reached an element of the wrong type. */
    INDIRECT_CALL_TYPE_MISMATCH,
    /** {@code call_indirect} reached an empty table element. */
    UNINITIALIZED_ELEMENT,
    /** A null reference where a non-null one was needed. */
    NULL_REFERENCE,
    /** A GC cast failed. */
    CAST_FAILURE,
    INTEGER_DIVIDE_BY_ZERO,
    INTEGER_OVERFLOW,
    BAD_CONVERSION_TO_INTEGER,
    /** A wasm exception nobody caught. */
    UNCAUGHT_EXCEPTION,
    /** The call stack grew past the configured call depth or the JVM thread's stack. */
    STACK_OVERFLOW,
    /** A host function failed (threw, or returned something of the wrong shape). */
    HOST_FUNCTION,
    /** The guest or a host function broke a rule of the component model's canonical ABI. */
    COMPONENT_MODEL,
    /** The per-call timeout of the instance's limits passed. */
    DEADLINE,
    /** The host interrupted the call (an interrupt handle, or an interrupt of the calling thread). */
    INTERRUPTED,
    /** The instance used up its fuel. */
    FUEL_EXHAUSTED,
    /** Instantiation needed more linear memory than the instance's limit allows. */
    MEMORY_LIMIT,
    /** Instantiation needed a table larger than the instance's limit allows. */
    TABLE_LIMIT,
    /** Instantiation needed more core or component instances than the limit allows. */
    INSTANCE_LIMIT,
    /** A component instance would hold more resource handles than its limit allows. */
    HANDLE_LIMIT,
    /** The JVM ran out of heap while running the guest. */
    HOST_OUT_OF_MEMORY,
    /** Any other trap. */
    OTHER;

    /** True for the kinds that a host-configured limit or interruption causes, not the guest's own code. */
    public boolean isLimit() {
        return switch (this) {
            case DEADLINE, INTERRUPTED, FUEL_EXHAUSTED, MEMORY_LIMIT, TABLE_LIMIT, INSTANCE_LIMIT, HANDLE_LIMIT,
                 STACK_OVERFLOW -> true;
            case UNREACHABLE, MEMORY_OUT_OF_BOUNDS, TABLE_OUT_OF_BOUNDS, INDIRECT_CALL_TYPE_MISMATCH,
                 UNINITIALIZED_ELEMENT, NULL_REFERENCE, CAST_FAILURE, INTEGER_DIVIDE_BY_ZERO, INTEGER_OVERFLOW,
                 BAD_CONVERSION_TO_INTEGER, UNCAUGHT_EXCEPTION, HOST_FUNCTION, COMPONENT_MODEL, HOST_OUT_OF_MEMORY,
                 OTHER -> false;
        };
    }
}
