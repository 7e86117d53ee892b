package dev.weft.runtime.engine;

/** A core global holding one flat value (see {@link CoreValType} for the encoding). */
public sealed interface CoreGlobal extends CoreExtern permits EndiveGlobal {

    @Override
    CoreGlobalType type();

    long get();

    /** Sets the value; an {@link IllegalStateException} for an immutable global (an API misuse). */
    void set(long value);
}
