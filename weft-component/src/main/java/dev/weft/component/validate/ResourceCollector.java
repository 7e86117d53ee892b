package dev.weft.component.validate;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeDefinition;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.types.ValueExtern;
import dev.weft.component.types.ValueType;

import java.util.HashSet;
import java.util.Set;

/** Collects the resource types an extern type mentions, and those it introduces itself via {@code (sub resource)}. */
final class ResourceCollector {
    final Set<ResourceType> referenced = new HashSet<>();
    final Set<ResourceType> introduced = new HashSet<>();

    ResourceCollector extern(ExternType t) {
        switch (t) {
            case CoreModuleType m -> {
            }
            case FuncType f -> func(f);
            case ValueExtern v -> value(v.type());
            case TypeExtern te -> {
                switch (te.bound()) {
                    case TypeBound.SubResource s -> introduced.add(s.resource());
                    case TypeBound.Eq eq -> {
                        // a type export/import of a resource names it, at any depth of instance nesting
                        if (eq.type() instanceof ResourceType r) {
                            introduced.add(r);
                        } else {
                            definition(eq.type());
                        }
                    }
                }
            }
            case InstanceType i -> i.exports().forEach(e -> extern(e.type()));
            case ComponentType c -> {
                c.imports().forEach(e -> extern(e.type()));
                c.exports().forEach(e -> extern(e.type()));
            }
        }
        return this;
    }

    void definition(TypeDefinition d) {
        switch (d) {
            case ResourceType r -> referenced.add(r);
            case ValueType v -> value(v);
            case FuncType f -> func(f);
            case InstanceType i -> extern(i);
            case ComponentType c -> extern(c);
        }
    }

    private void func(FuncType f) {
        f.params().forEach(p -> value(p.type()));
        f.result().ifPresent(this::value);
    }

    private void value(ValueType v) {
        ValueTypes.anyValueType(v, x -> {
            if (x instanceof OwnType o) {
                referenced.add(o.resource());
            } else if (x instanceof BorrowType b) {
                referenced.add(b.resource());
            }
            return false;
        });
    }

    /** The resources that {@code list} makes visible: introduced or referenced anywhere in it. */
    static Set<ResourceType> visibleIn(Iterable<NamedExtern> list) {
        Set<ResourceType> out = new HashSet<>();
        for (NamedExtern e : list) {
            ResourceCollector c = new ResourceCollector().extern(e.type());
            out.addAll(c.referenced);
            out.addAll(c.introduced);
        }
        return out;
    }
}
