package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import dev.weft.value.Val;

import java.util.List;

/** A host implementation of an imported component function: lifted arguments in, 0 or 1 result values out. */
@FunctionalInterface
public interface HostFunction {
    List<Val> call(List<Val> args) throws Trap;
}
