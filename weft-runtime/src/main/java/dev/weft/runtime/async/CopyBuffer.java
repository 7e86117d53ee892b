package dev.weft.runtime.async;

import dev.weft.error.Trap;
import dev.weft.value.Val;

import java.util.List;

/**
 * One side's buffer of a stream or future copy (the spec's {@code ReadableBuffer}/{@code WritableBuffer}): a
 * writer's buffer is read from, a reader's is written to.
 */
public interface CopyBuffer {
    /** The spec's {@code Buffer.MAX_LENGTH}. */
    int MAX_LENGTH = (1 << 28) - 1;

    /** Elements not yet copied. */
    int remain();

    boolean isZeroLength();

    /** Elements copied so far. */
    int progress();

    /** Takes the next {@code n} elements (a writer's buffer). */
    List<Val> read(int n) throws Trap;

    /** Appends {@code values} (a reader's buffer). */
    void write(List<Val> values) throws Trap;
}
