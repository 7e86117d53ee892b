package dev.weft.component.validate;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.EnumType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.FixedListType;
import dev.weft.component.types.FlagsType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.FutureType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeDefinition;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.types.ValueExtern;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A substitution of resource types (Explainer.md "Type Checking": instantiation replaces a component's imported
 * abstract resources by the supplied ones and gives its exported abstract resources fresh identities).
 */
final class ResourceMapping {
    private final Map<ResourceType, ResourceType> map = new IdentityHashMap<>();

    void put(ResourceType from, ResourceType to) {
        if (from != to) {
            map.put(from, to);
        }
    }

    ResourceType resolve(ResourceType r) {
        ResourceType out = r;
        for (int i = 0; i < 64; i++) {
            ResourceType next = map.get(out);
            if (next == null) {
                return out;
            }
            out = next;
        }
        return out;
    }

    boolean isEmpty() {
        return map.isEmpty();
    }

    /** Gives every {@code (sub resource)} export (also nested in instance exports) a fresh resource type. */
    InstanceType freshen(InstanceType type) {
        freshenExports(type.exports());
        return (InstanceType) apply((TypeDefinition) type);
    }

    private void freshenExports(List<NamedExtern> exports) {
        for (NamedExtern e : exports) {
            if (e.type() instanceof TypeExtern te && te.bound() instanceof TypeBound.SubResource sub) {
                put(sub.resource(), new ResourceType(sub.resource().debugName()));
            } else if (e.type() instanceof InstanceType nested) {
                freshenExports(nested.exports());
            }
        }
    }

    ExternType apply(ExternType t) {
        if (map.isEmpty()) {
            return t;
        }
        return switch (t) {
            case CoreModuleType m -> m;
            case FuncType f -> apply(f);
            case ValueExtern v -> new ValueExtern(apply(v.type()));
            case TypeExtern te -> switch (te.bound()) {
                case TypeBound.Eq eq -> new TypeExtern(new TypeBound.Eq(apply(eq.type())));
                case TypeBound.SubResource sub -> new TypeExtern(new TypeBound.SubResource(resolve(sub.resource())));
            };
            case InstanceType i -> new InstanceType(applyAll(i.exports()));
            case ComponentType c -> new ComponentType(applyAll(c.imports()), applyAll(c.exports()));
        };
    }

    private List<NamedExtern> applyAll(List<NamedExtern> list) {
        List<NamedExtern> out = new ArrayList<>(list.size());
        for (NamedExtern e : list) {
            out.add(new NamedExtern(e.name(), apply(e.type())));
        }
        return out;
    }

    TypeDefinition apply(TypeDefinition def) {
        if (map.isEmpty()) {
            return def;
        }
        return switch (def) {
            case ResourceType r -> resolve(r);
            case ValueType v -> apply(v);
            case FuncType f -> apply(f);
            case InstanceType i -> new InstanceType(applyAll(i.exports()));
            case ComponentType c -> new ComponentType(applyAll(c.imports()), applyAll(c.exports()));
        };
    }

    FuncType apply(FuncType f) {
        if (map.isEmpty()) {
            return f;
        }
        List<FuncType.Param> params = new ArrayList<>();
        for (FuncType.Param p : f.params()) {
            params.add(new FuncType.Param(p.name(), apply(p.type())));
        }
        return new FuncType(params, f.result().map(this::apply), f.async());
    }

    ValueType apply(ValueType t) {
        if (map.isEmpty()) {
            return t;
        }
        return switch (t) {
            case PrimitiveType p -> p;
            case RecordType r -> new RecordType(r.fields().stream()
                    .map(f -> new RecordType.Field(f.name(), apply(f.type()))).toList());
            case VariantType v -> new VariantType(v.cases().stream()
                    .map(c -> new VariantType.Case(c.name(), applyOpt(c.payload()))).toList());
            case ListType l -> new ListType(apply(l.element()));
            case FixedListType l -> new FixedListType(apply(l.element()), l.length());
            case MapType m -> new MapType(apply(m.key()), apply(m.value()));
            case TupleType tu -> new TupleType(tu.elements().stream().map(this::apply).toList());
            case FlagsType f -> f;
            case EnumType e -> e;
            case OptionType o -> new OptionType(apply(o.some()));
            case ResultType r -> new ResultType(applyOpt(r.ok()), applyOpt(r.err()));
            case OwnType o -> new OwnType(resolve(o.resource()));
            case BorrowType b -> new BorrowType(resolve(b.resource()));
            case StreamType s -> new StreamType(applyOpt(s.element()));
            case FutureType f -> new FutureType(applyOpt(f.element()));
        };
    }

    private Optional<ValueType> applyOpt(Optional<ValueType> t) {
        return t.map(this::apply);
    }
}
