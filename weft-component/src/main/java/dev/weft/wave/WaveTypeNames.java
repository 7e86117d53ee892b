package dev.weft.wave;

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

/**
 * Writes value types for messages, in the style of wasm-wave's {@code DisplayType}: {@code list<u8>},
 * {@code record { a: u8, b: string }}, {@code variant { off, on(u8) }}, {@code result<_, string>}.
 */
public final class WaveTypeNames {
    private WaveTypeNames() {
    }

    public static String display(ValueType type) {
        return switch (type) {
            case PrimitiveType p -> p.witName();
            case ListType l -> "list<" + display(l.element()) + ">";
            case FixedListType l -> "list<" + display(l.element()) + ", " + l.length() + ">";
            case MapType m -> "map<" + display(m.key()) + ", " + display(m.value()) + ">";
            case TupleType t -> t.elements().stream().map(WaveTypeNames::display)
                    .collect(Collectors.joining(", ", "tuple<", ">"));
            case RecordType r -> r.fields().stream().map(f -> f.name() + ": " + display(f.type()))
                    .collect(Collectors.joining(", ", "record { ", " }"));
            case VariantType v -> v.cases().stream()
                    .map(c -> c.name() + c.payload().map(p -> "(" + display(p) + ")").orElse(""))
                    .collect(Collectors.joining(", ", "variant { ", " }"));
            case EnumType e -> String.join(", ", e.names()).transform(s -> "enum { " + s + " }");
            case FlagsType f -> String.join(", ", f.names()).transform(s -> "flags { " + s + " }");
            case OptionType o -> "option<" + display(o.some()) + ">";
            case ResultType r -> displayResult(r.ok(), r.err());
            case OwnType o -> "own<" + o.resource().displayName() + ">";
            case BorrowType b -> "borrow<" + b.resource().displayName() + ">";
            case StreamType s -> s.element().map(e -> "stream<" + display(e) + ">").orElse("stream");
            case FutureType f -> f.element().map(e -> "future<" + display(e) + ">").orElse("future");
        };
    }

    private static String displayResult(Optional<ValueType> ok, Optional<ValueType> err) {
        if (ok.isEmpty() && err.isEmpty()) {
            return "result";
        }
        if (err.isEmpty()) {
            return "result<" + display(ok.get()) + ">";
        }
        return "result<" + ok.map(WaveTypeNames::display).orElse("_") + ", " + display(err.get()) + ">";
    }
}
