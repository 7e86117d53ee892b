package dev.weft.runtime.link;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.ResourceType;
import dev.weft.runtime.abi.TypeLayouts;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the instances of one prepared component share, so that the second and later instantiations only allocate
 * instance state: the ABI layout cache, and the function types with imported resources substituted (the same
 * substitution gives the same {@link FuncType} object, so its layout is found in the cache instead of computed
 * again). Thread-safe.
 */
public final class InstantiationCache {
    private final TypeLayouts layouts = new TypeLayouts();
    private final ConcurrentHashMap<Key, FuncType> substituted = new ConcurrentHashMap<>();

    /** {@code type} (by identity) under the substitution {@code actual} (by value). */
    private record Key(FuncType type, Map<ResourceType, ResourceType> actual) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.type == type && k.actual.equals(actual);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(type) * 31 + actual.hashCode();
        }
    }

    TypeLayouts layouts() {
        return layouts;
    }

    /**
     * The substituted type for {@code type} under {@code actual} (not modified while this runs), computing it with
     * {@code compute} the first time.
     */
    FuncType substituted(FuncType type, Map<ResourceType, ResourceType> actual, Supplier<FuncType> compute) {
        FuncType known = substituted.get(new Key(type, actual));
        if (known != null) {
            return known;
        }
        FuncType fresh = compute.get();
        FuncType raced = substituted.putIfAbsent(new Key(type, Map.copyOf(actual)), fresh);
        return raced != null ? raced : fresh;
    }
}
