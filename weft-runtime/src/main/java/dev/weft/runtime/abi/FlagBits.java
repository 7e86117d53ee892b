package dev.weft.runtime.abi;

import dev.weft.component.types.FlagsType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.FlagsVal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Packing flags into i32 words (bit {@code i % 32} of word {@code i / 32} is label {@code i}) and back. */
final class FlagBits {
    private FlagBits() {
    }

    static int[] pack(FlagsType t, FlagsVal v) throws Trap {
        List<String> labels = t.names();
        int[] words = new int[LayoutCalculator.flagWords(labels.size())];
        Map<String, Integer> index = new HashMap<>(labels.size() * 2);
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        for (String name : v.set()) {
            Integer i = index.get(name);
            if (i == null) {
                throw new Trap(TrapKind.HOST_FUNCTION, "flag '" + name + "' is not a label of " + TypeNames.of(t));
            }
            words[i >>> 5] |= 1 << (i & 31);
        }
        return words;
    }

    static FlagsVal unpack(FlagsType t, int[] words) {
        List<String> labels = t.names();
        List<String> set = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if ((words[i >>> 5] & (1 << (i & 31))) != 0) {
                set.add(labels.get(i));
            }
        }
        return new FlagsVal(set);
    }
}
