package dev.weft.runtime.split;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * How one outlined region gets the caller's locals and gives them back. The region's stack inputs and the locals
 * it may read before writing them (live at its start) are the outlined function's parameters, up to
 * {@link #MAX_PARAM_SLOTS} JVM slots; locals past that come in through transfer globals. The numeric locals it
 * writes that are live where it hands control back are returned as results after the exit code, up to
 * {@link #MAX_RESULT_SLOTS} JVM slots (Endive returns them in one {@code long[]}, which is cheaper than a global
 * store and load per local: each global access goes through {@code Instance.global(i)}); the others go out
 * through transfer globals, as do the stack values it leaves (its outputs, and the values an exit carries).
 * Locals the region writes before reading and that are dead after it cross neither way.
 */
final class Handover {
    /**
     * JVM argument slots (an i64 or f64 takes two) left for parameters: Endive passes more than 253 slots, with
     * the memory and instance, as one boxed array.
     */
    static final int MAX_PARAM_SLOTS = 200;
    /** JVM slots of locals returned as results (Endive's multi-value helper takes them as arguments). */
    static final int MAX_RESULT_SLOTS = 120;

    /** Original local indices passed as parameters, after the stack inputs. */
    final int[] params;
    /** Original local indices passed in through globals ({@link #inGlobals}). */
    final int[] inLocals;
    final int[] inGlobals;
    /**
     * Original local indices given back as results: the function returns {@code [i32 code, returned[m-1], ...,
     * returned[0]]}, so the caller pops {@code returned[0]} first.
     */
    final int[] returned;
    /** Original local indices given back through globals ({@link #outGlobals}). */
    final int[] outLocals;
    final int[] outGlobals;
    /** Every local the region uses: parameters first, then the others in index order. */
    final int[] frame;
    private final Map<Integer, Integer> base = new HashMap<>();
    private final TransferGlobals globals;

    Handover(Region region, int[] localTypes, BitSet liveIn, BitSet liveOut, TransferGlobals globals) {
        this.globals = globals;
        BitSet in = (BitSet) liveIn.clone();
        in.and(region.used);
        BitSet out = (BitSet) liveOut.clone();
        out.and(region.written);
        int slots = 0;
        for (int t : region.inputs) {
            slots += slots(t);
        }
        var params = new java.util.ArrayList<Integer>();
        var viaGlobal = new java.util.ArrayList<Integer>();
        for (int l = in.nextSetBit(0); l >= 0; l = in.nextSetBit(l + 1)) {
            if (passable(localTypes[l]) && slots + slots(localTypes[l]) <= MAX_PARAM_SLOTS) {
                params.add(l);
                slots += slots(localTypes[l]);
            } else {
                viaGlobal.add(l);
            }
        }
        this.params = params.stream().mapToInt(Integer::intValue).toArray();
        this.inLocals = viaGlobal.stream().mapToInt(Integer::intValue).toArray();
        var returned = new java.util.ArrayList<Integer>();
        var outViaGlobal = new java.util.ArrayList<Integer>();
        int resultSlots = 1;
        for (int l = out.nextSetBit(0); l >= 0; l = out.nextSetBit(l + 1)) {
            if (passable(localTypes[l]) && resultSlots + slots(localTypes[l]) <= MAX_RESULT_SLOTS) {
                returned.add(l);
                resultSlots += slots(localTypes[l]);
            } else {
                outViaGlobal.add(l);
            }
        }
        this.returned = returned.stream().mapToInt(Integer::intValue).toArray();
        this.outLocals = outViaGlobal.stream().mapToInt(Integer::intValue).toArray();
        // one slot per local crossing through a global, whichever way; stack values after those
        BitSet crossing = new BitSet();
        for (int l : inLocals) {
            crossing.set(l);
        }
        for (int l : outLocals) {
            crossing.set(l);
        }
        Map<Integer, Integer> slotOf = new HashMap<>();
        for (int l = crossing.nextSetBit(0); l >= 0; l = crossing.nextSetBit(l + 1)) {
            slotOf.put(l, globals.global(localTypes[l], base.merge(localTypes[l], 1, Integer::sum) - 1));
        }
        this.inGlobals = java.util.Arrays.stream(inLocals).map(slotOf::get).toArray();
        this.outGlobals = java.util.Arrays.stream(outLocals).map(slotOf::get).toArray();
        BitSet rest = (BitSet) region.used.clone();
        for (int l : this.params) {
            rest.clear(l);
        }
        int[] others = rest.stream().toArray();
        frame = new int[this.params.length + others.length];
        System.arraycopy(this.params, 0, frame, 0, this.params.length);
        System.arraycopy(others, 0, frame, this.params.length, others.length);
    }

    /** Numeric locals go as parameters; vectors and references through globals, as before. */
    private static boolean passable(int type) {
        return type == 0x7F || type == 0x7E || type == 0x7D || type == 0x7C;
    }

    private static int slots(int type) {
        return switch (type) {
            case 0x7E, 0x7C -> 2;
            case 0x7B -> 4;
            default -> 1;
        };
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
