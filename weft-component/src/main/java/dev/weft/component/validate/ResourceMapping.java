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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A substitution of resource types (Explainer.md "Type Checking": instantiation replaces a component's imported
 * abstract resources by the supplied ones and gives its exported abstract resources fresh identities).
 */
final class ResourceMapping {
    private final Map<ResourceType, ResourceType> map = new HashMap<>();
    /** Results of {@link #apply(ValueType)} so far, so that one type object maps to one object (named types). */
    private final Map<ValueType, ValueType> memo = new IdentityHashMap<>();

    /** Type imports with an {@code (eq T)} bound, by object: the supplied type object replaces the imported one. */
    private final Map<ValueType, ValueType> types = new IdentityHashMap<>();

    void putType(ValueType from, ValueType to) {
        if (from != to) {
            types.put(from, to);
            memo.clear();
        }
    }

    void put(ResourceType from, ResourceType to) {
        if (!from.equals(to)) {
            map.put(from, to);
            memo.clear();
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
        return map.isEmpty() && types.isEmpty();
    }

    /** Gives every {@code (sub resource)} export (also nested in instance exports) a fresh resource type. */
    InstanceType freshen(InstanceType type) {
        freshenExports(type.exports());
        return (InstanceType) apply((TypeDefinition) type);
    }

    private void freshenExports(List<NamedExtern> exports) {
        for (NamedExtern e : exports) {
            if (e.type() instanceof TypeExtern te && te.bound() instanceof TypeBound.SubResource sub) {
                put(sub.resource(), sub.resource().freshCopy());
            } else if (e.type() instanceof InstanceType nested) {
                freshenExports(nested.exports());
            }
        }
    }

    ExternType apply(ExternType t) {
        if (isEmpty()) {
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
        if (isEmpty()) {
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
        if (isEmpty()) {
            return f;
        }
        List<FuncType.Param> params = new ArrayList<>();
        for (FuncType.Param p : f.params()) {
            params.add(new FuncType.Param(p.name(), apply(p.type())));
        }
        return new FuncType(params, f.result().map(this::apply), f.async());
    }

    ValueType apply(ValueType t) {
        if (isEmpty()) {
            return t;
        }
        ValueType cached = memo.get(t);
        if (cached != null) {
            return cached;
        }
        ValueType substituted = types.get(t);
        ValueType out = substituted != null ? substituted : rebuild(t);
        memo.put(t, out);
        return out;
    }

    /** Rebuilds {@code t} with resources substituted; returns {@code t} itself when nothing inside changes. */
    private ValueType rebuild(ValueType t) {
        return switch (t) {
            case PrimitiveType p -> p;
            case RecordType r -> {
                List<RecordType.Field> fields = r.fields().stream()
                        .map(f -> new RecordType.Field(f.name(), apply(f.type()))).toList();
                yield same(fields.stream().map(RecordType.Field::type).toList(),
                        r.fields().stream().map(RecordType.Field::type).toList()) ? r : new RecordType(fields);
            }
            case VariantType v -> {
                List<VariantType.Case> cases = v.cases().stream()
                        .map(c -> new VariantType.Case(c.name(), applyOpt(c.payload()))).toList();
                boolean same = true;
                for (int i = 0; i < cases.size(); i++) {
                    same &= cases.get(i).payload().orElse(null) == v.cases().get(i).payload().orElse(null);
                }
                yield same ? v : new VariantType(cases);
            }
            case ListType l -> apply(l.element()) == l.element() ? l : new ListType(apply(l.element()));
            case FixedListType l -> apply(l.element()) == l.element() ? l
                    : new FixedListType(apply(l.element()), l.length());
            case MapType m -> apply(m.key()) == m.key() && apply(m.value()) == m.value() ? m
                    : new MapType(apply(m.key()), apply(m.value()));
            case TupleType tu -> {
                List<ValueType> elements = tu.elements().stream().map(this::apply).toList();
                yield same(elements, tu.elements()) ? tu : new TupleType(elements);
            }
            case FlagsType f -> f;
            case EnumType e -> e;
            case OptionType o -> apply(o.some()) == o.some() ? o : new OptionType(apply(o.some()));
            case ResultType r -> applyOpt(r.ok()).orElse(null) == r.ok().orElse(null)
                    && applyOpt(r.err()).orElse(null) == r.err().orElse(null) ? r
                    : new ResultType(applyOpt(r.ok()), applyOpt(r.err()));
            case OwnType o -> resolve(o.resource()) == o.resource() ? o : new OwnType(resolve(o.resource()));
            case BorrowType b -> resolve(b.resource()) == b.resource() ? b : new BorrowType(resolve(b.resource()));
            case StreamType s -> applyOpt(s.element()).orElse(null) == s.element().orElse(null) ? s
                    : new StreamType(applyOpt(s.element()));
            case FutureType f -> applyOpt(f.element()).orElse(null) == f.element().orElse(null) ? f
                    : new FutureType(applyOpt(f.element()));
        };
    }

    private static boolean same(List<ValueType> a, List<ValueType> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private Optional<ValueType> applyOpt(Optional<ValueType> t) {
        return t.map(this::apply);
    }
}
