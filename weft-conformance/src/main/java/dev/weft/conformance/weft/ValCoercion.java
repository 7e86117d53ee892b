package dev.weft.conformance.weft;

import dev.weft.component.types.FixedListType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import dev.weft.value.FixedListVal;
import dev.weft.value.ListVal;
import dev.weft.value.MapVal;
import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
import dev.weft.value.ResultVal;
import dev.weft.value.TupleVal;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import java.util.ArrayList;
import java.util.List;

/**
 * The wast text has no syntax for fixed-length lists or maps: scripts write them as lists (of pairs). Where the
 * parameter type says so, turn such a list into the typed value; everything else passes through unchanged.
 */
final class ValCoercion {
    private ValCoercion() {
    }

    static Val coerce(Val value, ValueType type) {
        return switch (type) {
            case FixedListType f when value instanceof ListVal l -> new FixedListVal(all(l.elements(), f.element()));
            case ListType t when value instanceof ListVal l -> new ListVal(all(l.elements(), t.element()));
            case MapType m when value instanceof ListVal l && l.elements().stream()
                    .allMatch(e -> e instanceof TupleVal t && t.elements().size() == 2) -> new MapVal(
                    l.elements().stream().map(e -> (TupleVal) e).map(t -> new MapVal.Entry(
                            coerce(t.elements().get(0), m.key()), coerce(t.elements().get(1), m.value()))).toList());
            case TupleType t when value instanceof TupleVal v && v.elements().size() == t.elements().size() -> {
                List<Val> out = new ArrayList<>();
                for (int i = 0; i < v.elements().size(); i++) {
                    out.add(coerce(v.elements().get(i), t.elements().get(i)));
                }
                yield new TupleVal(out);
            }
            case RecordType r when value instanceof RecordVal v -> new RecordVal(v.fields().stream()
                    .map(f -> new RecordVal.Field(f.name(), r.fields().stream()
                            .filter(candidate -> candidate.name().equals(f.name())).findFirst()
                            .map(candidate -> coerce(f.value(), candidate.type())).orElse(f.value())))
                    .toList());
            case OptionType o when value instanceof OptionVal v -> new OptionVal(v.value().map(x -> coerce(x, o.some())));
            case ResultType r when value instanceof ResultVal v -> new ResultVal(v.isOk(), v.payload().map(x ->
                    (v.isOk() ? r.ok() : r.err()).map(t -> coerce(x, t)).orElse(x)));
            case VariantType t when value instanceof VariantVal v -> new VariantVal(v.caseName(), v.payload().map(x ->
                    t.cases().stream().filter(c -> c.name().equals(v.caseName())).findFirst()
                            .flatMap(VariantType.Case::payload).map(p -> coerce(x, p)).orElse(x)));
            default -> value;
        };
    }

    private static List<Val> all(List<Val> values, ValueType type) {
        return values.stream().map(v -> coerce(v, type)).toList();
    }
}
