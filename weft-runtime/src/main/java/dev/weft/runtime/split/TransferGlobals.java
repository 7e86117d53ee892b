package dev.weft.runtime.split;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mutable globals appended after all of a module's globals, through which a call to an outlined region hands
 * over locals and stack values: slot {@code n} of type {@code t} is one global, shared by every region (a
 * handover is a straight run of {@code global.set}s right before a call, or right before a return, and the
 * {@code global.get}s right after it, so no other code runs in between).
 */
final class TransferGlobals {
    private final int firstIndex;
    private final Map<Integer, List<Integer>> pools = new HashMap<>();
    private final List<Integer> types = new ArrayList<>();

    TransferGlobals(int firstIndex) {
        this.firstIndex = firstIndex;
    }

    /** The global index of slot {@code slot} of value type {@code type}, appending globals as needed. */
    int global(int type, int slot) {
        var pool = pools.computeIfAbsent(type, t -> new ArrayList<>());
        while (pool.size() <= slot) {
            pool.add(firstIndex + types.size());
            types.add(type);
        }
        return pool.get(slot);
    }

    int count() {
        return types.size();
    }

    /** The appended globals' entries, in index order. */
    void writeEntries(ByteArrayOutputStream out) {
        for (int t : types) {
            ValTypes.writeMutableGlobal(out, t);
        }
    }
}
