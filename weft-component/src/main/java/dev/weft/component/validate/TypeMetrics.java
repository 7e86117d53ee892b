package dev.weft.component.validate;

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
import dev.weft.error.ValidationException;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nesting depth and tree size of value types, memoized by object so that types built as DAGs (a tuple of the
 * same type twice, a hundred times over) cost linear time. The limits keep every later recursive walk (equality,
 * flattening, element size) bounded: wasmparser's {@code MAX_WASM_COMPONENT_TYPE_DEPTH} (100) and
 * {@code MAX_WASM_TYPE_SIZE} (1,000,000).
 */
final class TypeMetrics {
    static final int MAX_DEPTH = 100;
    static final long MAX_SIZE = 1_000_000;

    private record Info(int depth, long size) {
    }

    private final Map<ValueType, Info> memo = new IdentityHashMap<>();

    void check(ValueType t, long offset) throws ValidationException {
        Info info = info(t);
        if (info.depth() > MAX_DEPTH) {
            throw new ValidationException("type nesting is too deep (depth " + info.depth() + ", at most " + MAX_DEPTH
                    + ")", offset);
        }
        if (info.size() > MAX_SIZE) {
            throw new ValidationException("effective type size exceeds the limit of " + MAX_SIZE, offset);
        }
    }

    private Info info(ValueType t) {
        Info cached = memo.get(t);
        if (cached != null) {
            return cached;
        }
        int depth = 0;
        long size = 1;
        for (ValueType child : children(t)) {
            Info c = info(child);
            depth = Math.max(depth, c.depth());
            size = Math.min(MAX_SIZE + 1, size + c.size());
        }
        Info out = new Info(depth + 1, size);
        if (!(t instanceof PrimitiveType)) {
            memo.put(t, out);
        }
        return out;
    }

    private static List<ValueType> children(ValueType t) {
        List<ValueType> out = new ArrayList<>();
        switch (t) {
            case PrimitiveType p -> {
            }
            case RecordType r -> r.fields().forEach(f -> out.add(f.type()));
            case VariantType v -> v.cases().forEach(c -> c.payload().ifPresent(out::add));
            case ListType l -> out.add(l.element());
            case FixedListType l -> out.add(l.element());
            case MapType m -> {
                out.add(m.key());
                out.add(m.value());
            }
            case TupleType tu -> out.addAll(tu.elements());
            case FlagsType f -> {
            }
            case EnumType e -> {
            }
            case OptionType o -> out.add(o.some());
            case ResultType r -> {
                r.ok().ifPresent(out::add);
                r.err().ifPresent(out::add);
            }
            case OwnType o -> {
            }
            case BorrowType b -> {
            }
            case StreamType s -> s.element().ifPresent(out::add);
            case FutureType f -> f.element().ifPresent(out::add);
        }
        return out;
    }
}
