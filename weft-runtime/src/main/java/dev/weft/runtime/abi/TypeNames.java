package dev.weft.runtime.abi;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.EnumType;
import dev.weft.component.types.FixedListType;
import dev.weft.component.types.FlagsType;
import dev.weft.component.types.FutureType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;

import java.util.Optional;
import java.util.stream.Collectors;

/** A short WIT-like spelling of a type for trap messages (long label lists are abbreviated). */
final class TypeNames {
    private static final int MAX_LABELS = 6;

    private TypeNames() {
    }

    static String of(ValueType t) {
        return switch (t) {
            case PrimitiveType p -> p.witName();
            case ListType l -> "list<" + of(l.element()) + ">";
            case FixedListType f -> "list<" + of(f.element()) + ", " + f.length() + ">";
            case MapType m -> "map<" + of(m.key()) + ", " + of(m.value()) + ">";
            case TupleType tu -> "tuple<" + tu.elements().stream().map(TypeNames::of)
                    .collect(Collectors.joining(", ")) + ">";
            case RecordType r -> "record { " + abbreviate(r.fields().stream()
                    .map(f -> f.name() + ": " + of(f.type())).toList()) + " }";
            case VariantType v -> "variant { " + abbreviate(v.cases().stream()
                    .map(c -> c.name() + c.payload().map(p -> "(" + of(p) + ")").orElse("")).toList()) + " }";
            case EnumType e -> "enum { " + abbreviate(e.names()) + " }";
            case FlagsType f -> "flags { " + abbreviate(f.names()) + " }";
            case OptionType o -> "option<" + of(o.some()) + ">";
            case ResultType r -> r.ok().isEmpty() && r.err().isEmpty() ? "result"
                    : "result<" + opt(r.ok()) + ", " + opt(r.err()) + ">";
            case OwnType o -> "own<" + o.resource().displayName() + ">";
            case BorrowType b -> "borrow<" + b.resource().displayName() + ">";
            case StreamType s -> "stream" + s.element().map(e -> "<" + of(e) + ">").orElse("");
            case FutureType f -> "future" + f.element().map(e -> "<" + of(e) + ">").orElse("");
        };
    }

    private static String opt(Optional<ValueType> t) {
        return t.map(TypeNames::of).orElse("_");
    }

    private static String abbreviate(java.util.List<String> items) {
        if (items.size() <= MAX_LABELS) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, MAX_LABELS)) + ", ... (" + items.size() + " in all)";
    }
}
