package dev.weft.runtime.abi;

import dev.weft.error.Trap;

/** A sequence of flat core values being lifted (the spec's {@code CoreValueIter}). */
public interface FlatSource {
    /** The next value, which has core type {@code type}. */
    long next(FlatType type) throws Trap;
}
