package dev.weft.runtime.link;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.EnumType;
import dev.weft.component.types.FixedListType;
import dev.weft.component.types.FlagsType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.FutureType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Which actual resource type each imported (abstract) resource type of a component instance stands for. The
 * validator gives every {@code (sub resource)} import its own identity; at run time handles carry the type of the
 * resource's definition, so lifted and lowered function types are rewritten with this map.
 */
final class ResourceSubstitution {
    private final Map<ResourceType, ResourceType> actual;

    private ResourceSubstitution(Map<ResourceType, ResourceType> actual) {
        this.actual = actual;
    }

    static ResourceSubstitution empty() {
        return new ResourceSubstitution(new java.util.HashMap<>());
    }

    /** A copy for a nested component, which sees the enclosing component's resolved resources. */
    ResourceSubstitution copy() {
        return new ResourceSubstitution(new java.util.HashMap<>(actual));
    }

    void bind(ResourceType placeholder, ResourceType resolved) {
        ResourceType target = apply(resolved);
        if (target != placeholder) {
            actual.put(placeholder, target);
        }
    }

    ResourceType apply(ResourceType type) {
        ResourceType current = type;
        for (int hops = 0; hops < 64; hops++) {
            ResourceType next = actual.get(current);
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /** {@code type} with the bound resources replaced; the same object for the same substitution via {@code cache}. */
    FuncType apply(FuncType type, InstantiationCache cache) {
        if (actual.isEmpty()) {
            return type;
        }
        return cache.substituted(type, this);
    }

    /** Adds every resource type {@code type} mentions (in {@code own}/{@code borrow}) to {@code found}. */
    static void resourcesIn(ValueType type, java.util.List<ResourceType> found) {
        switch (type) {
            case PrimitiveType p -> {
            }
            case EnumType e -> {
            }
            case FlagsType f -> {
            }
            case OwnType o -> addOnce(found, o.resource());
            case BorrowType b -> addOnce(found, b.resource());
            case RecordType r -> r.fields().forEach(f -> resourcesIn(f.type(), found));
            case VariantType v -> v.cases().forEach(c -> c.payload().ifPresent(p -> resourcesIn(p, found)));
            case ListType l -> resourcesIn(l.element(), found);
            case FixedListType l -> resourcesIn(l.element(), found);
            case MapType m -> {
                resourcesIn(m.key(), found);
                resourcesIn(m.value(), found);
            }
            case TupleType t -> t.elements().forEach(e -> resourcesIn(e, found));
            case OptionType o -> resourcesIn(o.some(), found);
            case ResultType r -> {
                r.ok().ifPresent(t -> resourcesIn(t, found));
                r.err().ifPresent(t -> resourcesIn(t, found));
            }
            case StreamType s -> s.element().ifPresent(t -> resourcesIn(t, found));
            case FutureType f -> f.element().ifPresent(t -> resourcesIn(t, found));
        }
    }

    private static void addOnce(java.util.List<ResourceType> found, ResourceType resource) {
        for (ResourceType r : found) {
            if (r == resource) {
                return;
            }
        }
        found.add(resource);
    }

    FuncType apply(FuncType type) {
        if (actual.isEmpty()) {
            return type;
        }
        return new FuncType(type.params().stream().map(p -> new FuncType.Param(p.name(), apply(p.type()))).toList(),
                type.result().map(this::apply), type.async());
    }

    ValueType apply(ValueType type) {
        return switch (type) {
            case PrimitiveType p -> p;
            case EnumType e -> e;
            case FlagsType f -> f;
            case OwnType o -> new OwnType(apply(o.resource()));
            case BorrowType b -> new BorrowType(apply(b.resource()));
            case RecordType r -> new RecordType(r.fields().stream()
                    .map(f -> new RecordType.Field(f.name(), apply(f.type()))).toList());
            case VariantType v -> new VariantType(v.cases().stream()
                    .map(c -> new VariantType.Case(c.name(), c.payload().map(this::apply))).toList());
            case ListType l -> new ListType(apply(l.element()));
            case FixedListType l -> new FixedListType(apply(l.element()), l.length());
            case MapType m -> new MapType(apply(m.key()), apply(m.value()));
            case TupleType t -> new TupleType(t.elements().stream().map(this::apply).toList());
            case OptionType o -> new OptionType(apply(o.some()));
            case ResultType r -> new ResultType(r.ok().map(this::apply), r.err().map(this::apply));
            case StreamType s -> new StreamType(s.element().map(this::apply));
            case FutureType f -> new FutureType(f.element().map(this::apply));
        };
    }
}
