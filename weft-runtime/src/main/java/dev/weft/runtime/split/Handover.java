package dev.weft.runtime.split;

import java.util.HashMap;
import java.util.Map;

/**
 * Which transfer global carries what for one outlined region: each local the region uses gets a slot of its type,
 * and stack values (inputs, outputs, an exit's values) get slots of their type after those.
 */
final class Handover {
    final int[] locals;
    final int[] localGlobals;
    private final Map<Integer, Integer> base = new HashMap<>();
    private final TransferGlobals globals;

    Handover(Region region, int[] localTypes, TransferGlobals globals) {
        this.globals = globals;
        locals = region.used.stream().toArray();
        localGlobals = new int[locals.length];
        for (int k = 0; k < locals.length; k++) {
            int type = localTypes[locals[k]];
            int slot = base.merge(type, 1, Integer::sum) - 1;
            localGlobals[k] = globals.global(type, slot);
        }
    }

    /** The globals carrying a list of stack values of {@code types}, bottom of the stack first. */
    int[] values(int[] types) {
        var seen = new HashMap<Integer, Integer>();
        int[] out = new int[types.length];
        for (int k = 0; k < types.length; k++) {
            int slot = base.getOrDefault(types[k], 0) + seen.merge(types[k], 1, Integer::sum) - 1;
            out[k] = globals.global(types[k], slot);
        }
        return out;
    }
}
