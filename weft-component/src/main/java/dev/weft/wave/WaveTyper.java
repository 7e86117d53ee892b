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
import dev.weft.value.BoolVal;
import dev.weft.value.CharVal;
import dev.weft.value.EnumVal;
import dev.weft.value.FixedListVal;
import dev.weft.value.FlagsVal;
import dev.weft.value.ListVal;
import dev.weft.value.MapVal;
import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
import dev.weft.value.ResultVal;
import dev.weft.value.StringVal;
import dev.weft.value.TupleVal;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import dev.weft.wave.UntypedValue.BoolNode;
import dev.weft.wave.UntypedValue.CharNode;
import dev.weft.wave.UntypedValue.ErrNode;
import dev.weft.wave.UntypedValue.FieldNode;
import dev.weft.wave.UntypedValue.FlagsNode;
import dev.weft.wave.UntypedValue.LabelNode;
import dev.weft.wave.UntypedValue.ListNode;
import dev.weft.wave.UntypedValue.NoneNode;
import dev.weft.wave.UntypedValue.OkNode;
import dev.weft.wave.UntypedValue.RecordNode;
import dev.weft.wave.UntypedValue.SomeNode;
import dev.weft.wave.UntypedValue.StringNode;
import dev.weft.wave.UntypedValue.TupleNode;
import dev.weft.wave.UntypedValue.VariantNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads an {@link UntypedValue} against a {@link ValueType} into a {@link Val} (wasm-wave's {@code to_wasm_value}). */
final class WaveTyper {
    private final WaveSource src;

    WaveTyper(WaveSource src) {
        this.src = src;
    }

    Val type(UntypedValue node, ValueType type) throws WaveException {
        return switch (type) {
            case PrimitiveType p -> primitive(node, p);
            case ListType l -> new ListVal(elements(node, l.element(), type));
            case FixedListType l -> fixedList(node, l);
            case MapType m -> map(node, m);
            case TupleType t -> tuple(node, t);
            case RecordType r -> record(node, r);
            case VariantType v -> variant(node, v);
            case EnumType e -> enumCase(node, e);
            case FlagsType f -> flags(node, f);
            case OptionType o -> option(node, o);
            case ResultType r -> result(node, r);
            case OwnType o -> throw resource(node, type);
            case BorrowType b -> throw resource(node, type);
            case StreamType s -> throw unsupported(node, type, "streams have no WAVE form");
            case FutureType f -> throw unsupported(node, type, "futures have no WAVE form");
        };
    }

    private Val primitive(UntypedValue node, PrimitiveType p) throws WaveException {
        switch (p) {
            case BOOL -> {
                if (node instanceof BoolNode b) {
                    return new BoolVal(b.value());
                }
            }
            case S8, U8, S16, U16, S32, U32, S64, U64, F32, F64 -> {
                if (node instanceof UntypedValue.NumberNode n) {
                    return WaveNumbers.parse(src, n, p);
                }
            }
            case CHAR -> {
                if (node instanceof CharNode c) {
                    return new CharVal(c.codePoint());
                }
            }
            case STRING -> {
                if (node instanceof StringNode s) {
                    return new StringVal(s.value());
                }
            }
            case ERROR_CONTEXT -> throw unsupported(node, p, "error-context values have no WAVE form");
        }
        throw invalidType(node, p);
    }

    private List<Val> elements(UntypedValue node, ValueType element, ValueType listType) throws WaveException {
        if (!(node instanceof ListNode list)) {
            throw invalidType(node, listType);
        }
        List<Val> out = new ArrayList<>(list.elements().size());
        for (UntypedValue e : list.elements()) {
            out.add(type(e, element));
        }
        return out;
    }

    private Val fixedList(UntypedValue node, FixedListType type) throws WaveException {
        List<Val> elements = elements(node, type.element(), type);
        if (elements.size() != type.length()) {
            throw src.error(WaveErrorKind.WRONG_LENGTH,
                    "expected " + type.length() + " list elements; got " + elements.size(), node.span());
        }
        return new FixedListVal(elements);
    }

    /** Weft extension: {@code map<K, V>} is written as a list of {@code (key, value)} tuples. */
    private Val map(UntypedValue node, MapType type) throws WaveException {
        if (!(node instanceof ListNode list)) {
            throw invalidType(node, type);
        }
        List<MapVal.Entry> entries = new ArrayList<>();
        TupleType entryType = new TupleType(List.of(type.key(), type.value()));
        for (UntypedValue e : list.elements()) {
            TupleVal pair = (TupleVal) tuple(e, entryType);
            entries.add(new MapVal.Entry(pair.elements().get(0), pair.elements().get(1)));
        }
        return new MapVal(entries);
    }

    private Val tuple(UntypedValue node, TupleType type) throws WaveException {
        if (!(node instanceof TupleNode tuple)) {
            throw invalidType(node, type);
        }
        if (tuple.elements().size() != type.elements().size()) {
            throw src.error(WaveErrorKind.WRONG_LENGTH, "expected " + type.elements().size()
                    + " tuple elements; got " + tuple.elements().size(), node.span());
        }
        List<Val> out = new ArrayList<>();
        for (int i = 0; i < type.elements().size(); i++) {
            out.add(type(tuple.elements().get(i), type.elements().get(i)));
        }
        return new TupleVal(out);
    }

    private Val record(UntypedValue node, RecordType type) throws WaveException {
        if (!(node instanceof RecordNode record)) {
            throw invalidType(node, type);
        }
        Map<String, FieldNode> given = new HashMap<>();
        for (FieldNode f : record.fields()) {
            given.put(f.label().name(), f);
        }
        Set<String> known = new HashSet<>();
        for (RecordType.Field field : type.fields()) {
            known.add(field.name());
        }
        for (FieldNode f : record.fields()) {
            if (!known.contains(f.label().name())) {
                throw src.error(WaveErrorKind.UNKNOWN_FIELD, "`" + f.label().name() + "` is not a field of "
                        + WaveTypeNames.display(type), f.label().span());
            }
        }
        List<RecordVal.Field> out = new ArrayList<>();
        for (RecordType.Field field : type.fields()) {
            FieldNode f = given.get(field.name());
            if (f != null) {
                out.add(new RecordVal.Field(field.name(), type(f.value(), field.type())));
            } else if (field.type() instanceof OptionType) {
                out.add(new RecordVal.Field(field.name(), new OptionVal(Optional.empty())));
            } else {
                throw src.error(WaveErrorKind.MISSING_FIELD,
                        "`" + field.name() + "` of type " + WaveTypeNames.display(field.type()), node.span());
            }
        }
        return new RecordVal(out);
    }

    private Val variant(UntypedValue node, VariantType type) throws WaveException {
        LabelNode label;
        Optional<UntypedValue> payload;
        if (node instanceof LabelNode l) {
            label = l;
            payload = Optional.empty();
        } else if (node instanceof VariantNode v) {
            label = v.label();
            payload = Optional.of(v.payload());
        } else {
            throw invalidType(node, type);
        }
        for (VariantType.Case c : type.cases()) {
            if (c.name().equals(label.name())) {
                return new VariantVal(c.name(), payload(node, c.name(), c.payload(), payload));
            }
        }
        throw unknownCase(node, label.name(), type);
    }

    private Val enumCase(UntypedValue node, EnumType type) throws WaveException {
        if (!(node instanceof LabelNode label)) {
            throw invalidType(node, type);
        }
        if (!type.names().contains(label.name())) {
            throw unknownCase(node, label.name(), type);
        }
        return new EnumVal(label.name());
    }

    private Val flags(UntypedValue node, FlagsType type) throws WaveException {
        if (!(node instanceof FlagsNode flags)) {
            throw invalidType(node, type);
        }
        Set<String> given = new HashSet<>();
        for (LabelNode flag : flags.flags()) {
            if (!type.names().contains(flag.name())) {
                throw unknownCase(flag, flag.name(), type);
            }
            given.add(flag.name());
        }
        return new FlagsVal(type.names().stream().filter(given::contains).toList());
    }

    private Val option(UntypedValue node, OptionType type) throws WaveException {
        if (node instanceof SomeNode s) {
            return new OptionVal(Optional.of(type(s.payload(), type.some())));
        }
        if (node instanceof NoneNode) {
            return new OptionVal(Optional.empty());
        }
        if (!flattenable(type.some())) {
            throw invalidType(node, type);
        }
        return new OptionVal(Optional.of(type(node, type.some())));
    }

    private Val result(UntypedValue node, ResultType type) throws WaveException {
        if (node instanceof OkNode ok) {
            return new ResultVal(true, payload(node, "ok", type.ok(), ok.payload()));
        }
        if (node instanceof ErrNode err) {
            return new ResultVal(false, payload(node, "err", type.err(), err.payload()));
        }
        if (type.ok().isEmpty() || !flattenable(type.ok().get())) {
            throw invalidType(node, type);
        }
        return new ResultVal(true, Optional.of(type(node, type.ok().get())));
    }

    private Optional<Val> payload(UntypedValue node, String caseName, Optional<ValueType> payloadType,
            Optional<UntypedValue> payload) throws WaveException {
        if (payloadType.isPresent() && payload.isPresent()) {
            return Optional.of(type(payload.get(), payloadType.get()));
        }
        if (payloadType.isPresent()) {
            throw src.error(WaveErrorKind.MISSING_PAYLOAD, "case `" + caseName + "` needs a payload of type "
                    + WaveTypeNames.display(payloadType.get()), node.span());
        }
        if (payload.isPresent()) {
            throw src.error(WaveErrorKind.UNEXPECTED_PAYLOAD, "case `" + caseName + "` has no payload",
                    node.span());
        }
        return Optional.empty();
    }

    /** The flat {@code some}/{@code ok} shorthand is not allowed for payloads that are options or results. */
    private static boolean flattenable(ValueType payload) {
        return !(payload instanceof OptionType) && !(payload instanceof ResultType);
    }

    private WaveException invalidType(UntypedValue node, ValueType expected) {
        return src.error(WaveErrorKind.INVALID_TYPE,
                "expected " + WaveTypeNames.display(expected) + ", got " + node.describe(), node.span());
    }

    private WaveException unknownCase(UntypedValue node, String name, ValueType type) {
        return src.error(WaveErrorKind.UNKNOWN_CASE, "`" + name + "` is not a case of " + WaveTypeNames.display(type),
                node.span());
    }

    private WaveException resource(UntypedValue node, ValueType type) {
        return unsupported(node, type, "resource handles cannot be written in WAVE; pass them through the host API");
    }

    private WaveException unsupported(UntypedValue node, ValueType type, String why) {
        return src.error(WaveErrorKind.UNSUPPORTED_TYPE, WaveTypeNames.display(type) + ": " + why, node.span());
    }
}
