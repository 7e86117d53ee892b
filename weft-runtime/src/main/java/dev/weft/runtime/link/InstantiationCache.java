package dev.weft.runtime.link;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.ResourceType;
import dev.weft.error.InstantiationException;
import dev.weft.runtime.abi.TypeLayouts;
import dev.weft.runtime.engine.CoreFuncType;
import dev.weft.runtime.resource.Destructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the instances of one prepared component share, so that the second and later instantiations only allocate
 * instance state: the ABI layout cache, and the function types with imported resources substituted (the same
 * substitution gives the same {@link FuncType} object, so its layout is found in the cache instead of computed
 * again). A substituted type is keyed by the original type (identity) and what the resources it mentions resolve
 * to, so a lookup costs as much as the type has resources. Thread-safe.
 */
public final class InstantiationCache {
    private static final ResourceType[] NONE = new ResourceType[0];

    private final TypeLayouts layouts = new TypeLayouts();
    private final ConcurrentHashMap<Identity, ResourceType[]> mentioned = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, FuncType> substituted = new ConcurrentHashMap<>();

    private record Identity(FuncType type) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.type == type;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(type);
        }
    }

    /** {@code type} (identity) with its mentioned resources resolved to {@code actual} (identity, in order). */
    private record Key(FuncType type, ResourceType[] actual) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k) || k.type != type || k.actual.length != actual.length) {
                return false;
            }
            for (int i = 0; i < actual.length; i++) {
                if (k.actual[i] != actual[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = System.identityHashCode(type);
            for (ResourceType r : actual) {
                h = h * 31 + System.identityHashCode(r);
            }
            return h;
        }

        @Override
        public String toString() {
            return type + " " + Arrays.toString(actual);
        }
    }

    private volatile Map<ResourceType, Destructor> hostSource;
    private volatile Map<ResourceType, Destructor> hostByIdentity;
    private final ConcurrentHashMap<Object, CoreFuncType> engineTypes = new ConcurrentHashMap<>();

    /** {@code host} keyed by identity, copied once per map object (an InstancePre passes the same map each time). */
    Map<ResourceType, Destructor> hostDestructors(Map<ResourceType, Destructor> host) {
        Map<ResourceType, Destructor> copy = hostByIdentity;
        if (hostSource != host || copy == null) {
            copy = Collections.unmodifiableMap(new IdentityHashMap<>(host));
            hostByIdentity = copy;
            hostSource = host;
        }
        return copy;
    }

    /** The engine's form of a validator core function type, converted once per type object. */
    CoreFuncType engineType(dev.weft.component.types.CoreFuncType type) throws InstantiationException {
        CoreFuncType converted = engineTypes.get(new IdentityKey(type));
        if (converted == null) {
            converted = CoreTypes.toEngine(type);
            engineTypes.putIfAbsent(new IdentityKey(type), converted);
        }
        return converted;
    }

    private record IdentityKey(Object of) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }

    TypeLayouts layouts() {
        return layouts;
    }

    /** {@code type} under {@code substitution}: {@code type} itself when none of its resources is rebound. */
    FuncType substituted(FuncType type, ResourceSubstitution substitution) {
        ResourceType[] resources = mentioned.computeIfAbsent(new Identity(type), k -> resourcesOf(type));
        if (resources.length == 0) {
            return type;
        }
        ResourceType[] actual = new ResourceType[resources.length];
        boolean rebound = false;
        for (int i = 0; i < resources.length; i++) {
            actual[i] = substitution.apply(resources[i]);
            rebound |= actual[i] != resources[i];
        }
        if (!rebound) {
            return type;
        }
        return substituted.computeIfAbsent(new Key(type, actual), k -> substitution.apply(type));
    }

    private static ResourceType[] resourcesOf(FuncType type) {
        List<ResourceType> found = new ArrayList<>();
        type.params().forEach(p -> ResourceSubstitution.resourcesIn(p.type(), found));
        type.result().ifPresent(r -> ResourceSubstitution.resourcesIn(r, found));
        return found.isEmpty() ? NONE : found.toArray(ResourceType[]::new);
    }
}
