package dev.weft.bindings;

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
import dev.weft.component.types.ResultType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import java.util.stream.Collectors;

/**
 * The structural signature of a function type as one line of WIT-like text: what generated bindings expect and
 * what a component has are compared as these strings. Resources print as {@code own<resource>} /
 * {@code borrow<resource>} (resource identity is checked by the runtime when handles cross), everything else by
 * its full structure, names of fields, cases and flags included.
 */
public final class Signatures {
    private Signatures() {
    }

    public static String of(FuncType func) {
        String params = func.params().stream().map(p -> p.name() + ": " + of(p.type()))
                .collect(Collectors.joining(", "));
        return (func.async() ? "async func(" : "func(") + params + ")"
                + func.result().map(r -> " -> " + of(r)).orElse("");
    }

    public static String of(ValueType type) {
        return switch (type) {
            case PrimitiveType p -> p.witName();
            case RecordType r -> "record { " + r.fields().stream().map(f -> f.name() + ": " + of(f.type()))
                    .collect(Collectors.joining(", ")) + " }";
            case VariantType v -> "variant { " + v.cases().stream()
                    .map(c -> c.name() + c.payload().map(p -> "(" + of(p) + ")").orElse(""))
                    .collect(Collectors.joining(", ")) + " }";
            case ListType l -> "list<" + of(l.element()) + ">";
            case FixedListType l -> "list<" + of(l.element()) + ", " + l.length() + ">";
            case MapType m -> "map<" + of(m.key()) + ", " + of(m.value()) + ">";
            case TupleType t -> "tuple<" + t.elements().stream().map(Signatures::of)
                    .collect(Collectors.joining(", ")) + ">";
            case FlagsType f -> "flags { " + String.join(", ", f.names()) + " }";
            case EnumType e -> "enum { " + String.join(", ", e.names()) + " }";
            case OptionType o -> "option<" + of(o.some()) + ">";
            case ResultType r -> "result<" + r.ok().map(Signatures::of).orElse("_") + ", "
                    + r.err().map(Signatures::of).orElse("_") + ">";
            case OwnType o -> "own<resource>";
            case BorrowType b -> "borrow<resource>";
            case StreamType s -> "stream<" + s.element().map(Signatures::of).orElse("_") + ">";
            case FutureType f -> "future<" + f.element().map(Signatures::of).orElse("_") + ">";
        };
    }
}
