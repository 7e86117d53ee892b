package dev.weft.wit.resolve;

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
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import java.util.List;
import java.util.Optional;

/** Maps named WIT types onto the structural {@link ValueType}s of {@code dev.weft.component.types}. */
final class ValueTypeConverter {
    private final WitModel model;

    ValueTypeConverter(WitModel model) {
        this.model = model;
    }

    FuncType convert(Function f) {
        List<FuncType.Param> params = f.params().stream()
                .map(p -> new FuncType.Param(p.name(), convert(p.type()))).toList();
        return new FuncType(params, f.result().map(this::convert), f.async());
    }

    ValueType convert(WitType type) {
        return switch (type) {
            case WitType.Primitive p -> p.type();
            case WitType.Named n -> named(n.ref());
            case WitType.ListOf l -> new ListType(convert(l.element()));
            case WitType.FixedListOf l -> new FixedListType(convert(l.element()), l.length());
            case WitType.MapOf m -> new MapType(convert(m.key()), convert(m.value()));
            case WitType.TupleOf t -> new TupleType(t.elements().stream().map(this::convert).toList());
            case WitType.OptionOf o -> new OptionType(convert(o.some()));
            case WitType.ResultOf r -> new ResultType(opt(r.ok()), opt(r.err()));
            case WitType.Borrow b -> new BorrowType(model.resourceType(b.resource()));
            case WitType.FutureOf f -> new FutureType(opt(f.element()));
            case WitType.StreamOf s -> new StreamType(opt(s.element()));
        };
    }

    private Optional<ValueType> opt(Optional<WitType> t) {
        return t.map(this::convert);
    }

    private ValueType named(TypeRef ref) {
        TypeRef target = model.underlying(ref);
        TypeDef def = model.typeDef(target).orElseThrow();
        return switch (def.kind()) {
            case TypeDefKind.Alias a -> convert(a.type());
            case TypeDefKind.Use u -> throw new IllegalStateException("unresolved use " + u.target());
            case TypeDefKind.Record r -> new RecordType(r.fields().stream()
                    .map(f -> new RecordType.Field(f.name(), convert(f.type()))).toList());
            case TypeDefKind.Variant v -> new VariantType(v.cases().stream()
                    .map(c -> new VariantType.Case(c.name(), opt(c.payload()))).toList());
            case TypeDefKind.Enum e -> new EnumType(e.cases().stream().map(TypeDefKind.Label::name).toList());
            case TypeDefKind.Flags f -> new FlagsType(f.flags().stream().map(TypeDefKind.Label::name).toList());
            case TypeDefKind.Resource ignored -> new OwnType(model.resourceType(target));
        };
    }
}
