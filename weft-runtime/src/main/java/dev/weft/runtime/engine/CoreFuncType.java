package dev.weft.runtime.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A core function type. */
public record CoreFuncType(List<CoreValType> params, List<CoreValType> results) implements CoreExternType {

    public CoreFuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public static CoreFuncType of(List<CoreValType> params, List<CoreValType> results) {
        return new CoreFuncType(params, results);
    }

    /** Total {@code long} slots the parameters take. */
    public int paramSlots() {
        return slots(params);
    }

    /** Total {@code long} slots the results take. */
    public int resultSlots() {
        return slots(results);
    }

    private static int slots(List<CoreValType> types) {
        int n = 0;
        for (int i = 0; i < types.size(); i++) {
            n += types.get(i).slots();
        }
        return n;
    }

    @Override
    public String kind() {
        return "func";
    }

    @Override
    public String toString() {
        return "(func (param" + join(params) + ") (result" + join(results) + "))";
    }

    private static String join(List<CoreValType> types) {
        return types.stream().map(t -> " " + t.watName()).collect(Collectors.joining());
    }
}
