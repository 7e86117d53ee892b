package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import dev.weft.value.Val;

/**
 * The lifting and lowering of one value type, planned once per type ({@link ValueCodecs}) so that a call does no
 * type dispatch and no layout lookup: each node holds its member codecs, offsets and sizes. Every codec behaves
 * exactly as the generic {@link FlatLifter}, {@link FlatLowerer}, {@link MemoryLoader} and {@link MemoryStorer}
 * (same values, same realloc calls, same traps), which remain the reference and the fallback for rare types.
 */
sealed interface ValueCodec permits PrimitiveCodec, HandleCodec, ListCodec, FieldsCodec, CasesCodec, GenericCodec {
    /** {@code lift_flat}. */
    Val liftFlat(LiftLowerContext cx, FlatSource src) throws Trap;

    /** {@code lower_flat}: appends the flat values of {@code v} to {@code out}. */
    void lowerFlat(LiftLowerContext cx, Val v, FlatWriter out) throws Trap;

    /** {@code load}: the value at {@code ptr} (aligned and in bounds, as the spec asserts). */
    Val load(LiftLowerContext cx, GuestMemory m, long ptr) throws Trap;

    /** {@code store}: writes {@code v} at {@code ptr}. */
    void store(LiftLowerContext cx, GuestMemory m, Val v, long ptr) throws Trap;
}
