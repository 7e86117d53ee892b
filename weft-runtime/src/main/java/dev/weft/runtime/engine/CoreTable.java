package dev.weft.runtime.engine;

import dev.weft.error.Trap;
import java.util.Optional;

/** A core table of function references. */
public sealed interface CoreTable extends CoreExtern permits EndiveTable {

    @Override
    CoreTableType type();

    int size();

    /** Grows by {@code delta} null entries; returns the old size, or -1 if the table cannot grow that far. */
    int grow(int delta);

    /** The function at {@code index}, empty for a null entry; a Trap when the index is out of bounds. */
    Optional<CoreFunction> function(int index) throws Trap;

    /** Stores a function exported by some core instance at {@code index}; a Trap when out of bounds. */
    void setFunction(int index, CoreFunction function) throws Trap;
}
