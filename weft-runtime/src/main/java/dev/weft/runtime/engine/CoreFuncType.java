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

    /** One object per distinct function type, so that equal types from different sources are usually identical. */
    private static final java.util.concurrent.ConcurrentHashMap<CoreFuncType, CoreFuncType> CANONICAL =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The shared object equal to {@code type}. Types that module layouts and instantiation plans make go through
     * here, so that import matching, which runs per import and instance, mostly finds the two identical.
     */
    public static CoreFuncType canonical(CoreFuncType type) {
        CoreFuncType known = CANONICAL.putIfAbsent(type, type);
        return known == null ? type : known;
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

    /** Same parameter and result types (compared by index: import matching calls this per import and instance). */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof CoreFuncType t && same(params, t.params) && same(results, t.results);
    }

    @Override
    public int hashCode() {
        return 31 * params.hashCode() + results.hashCode();
    }

    private static boolean same(List<CoreValType> a, List<CoreValType> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
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
