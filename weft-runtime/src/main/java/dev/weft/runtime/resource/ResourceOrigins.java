package dev.weft.runtime.resource;

import dev.weft.component.types.ResourceType;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which component instance of one instantiation defines each resource type its components define. Resource types
 * are generative (Explainer.md): every instance of a component that defines a resource type has its own type,
 * while the validator's {@link ResourceType} is shared by all instances of the component. A handle made by
 * {@code resource.new} carries its defining instance ({@link GuestRep#owner()}), so the pair of the two is the
 * run-time type; lowering a handle into an instance of this instantiation checks it against the definer recorded
 * here. Types the instantiation imports are not recorded (they keep the exporter's identity). Filled while the
 * instantiation runs, read afterwards.
 */
public final class ResourceOrigins {
    /** A type defined by more than one instance of the tree: no single definer to check against. */
    private static final InstanceState SEVERAL = new InstanceState("(several)");

    /** Made on the first definition (an instantiation whose components define no resource type has none). */
    private Map<ResourceType, InstanceState> definers;
    /**
     * The definers of the types several instances of the tree define (a nested component instantiated twice),
     * made on the first such type.
     */
    private Map<ResourceType, Set<InstanceState>> several;

    /** Records that {@code definer} defines {@code type} (its own generative copy). */
    public synchronized void define(ResourceType type, InstanceState definer) {
        if (definers == null) {
            definers = new IdentityHashMap<>();
        }
        InstanceState previous = definers.putIfAbsent(type, definer);
        if (previous != null && previous != definer) {
            definers.put(type, SEVERAL);
            if (several == null) {
                several = new IdentityHashMap<>();
            }
            Set<InstanceState> all = several.computeIfAbsent(type,
                    t -> Collections.newSetFromMap(new IdentityHashMap<>()));
            if (previous != SEVERAL) {
                all.add(previous);
            }
            all.add(definer);
        }
    }

    /**
     * The instance whose {@code type} a handle lowered into {@code receiver} must have: the one instance of this
     * instantiation that defines it, or {@code receiver} when several do and it is one of them; {@code null} when
     * no single definer applies (a type the instantiation imports).
     */
    public synchronized InstanceState definer(ResourceType type, InstanceState receiver) {
        InstanceState d = definers == null ? null : definers.get(type);
        if (d != SEVERAL) {
            return d;
        }
        return several.get(type).contains(receiver) ? receiver : null;
    }
}
