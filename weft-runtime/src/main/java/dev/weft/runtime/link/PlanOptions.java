package dev.weft.runtime.link;

import dev.weft.error.InstantiationException;
import dev.weft.runtime.abi.CanonOptions;
import dev.weft.runtime.abi.CoreMemoryAccess;
import dev.weft.runtime.abi.FlatFunction;
import dev.weft.runtime.abi.Realloc;
import dev.weft.runtime.abi.StringEncoding;
import dev.weft.runtime.engine.CoreMemory;

/**
 * The canonical options of a planned lift, lower or built-in: the frame slots of the memory, realloc and
 * post-return (-1 when absent) and the string encoding; {@link #build} makes an instance's {@link CanonOptions}.
 */
record PlanOptions(int memory, long memoryIndex, int realloc, int postReturn, StringEncoding encoding) {

    CanonOptions build(PlanFrame frame) throws InstantiationException {
        CoreMemoryAccess access = null;
        if (memory >= 0) {
            CoreItem item = frame.core(memory);
            if (!(item instanceof CoreItem.Engine e) || !(e.extern() instanceof CoreMemory coreMemory)) {
                throw new InstantiationException("canon option memory " + memoryIndex + " is not a memory");
            }
            access = new CoreMemoryAccess(coreMemory);
        }
        Realloc reallocFn = realloc < 0 ? null
                : Realloc.of(CoreItem.asFlatFunction(frame.core(realloc), "realloc"));
        FlatFunction post = postReturn < 0 ? null : CoreItem.asFlatFunction(frame.core(postReturn), "post-return");
        return new CanonOptions(access, reallocFn, post, encoding);
    }
}
