package dev.weft.component.validate;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.CoreFuncType;
import dev.weft.component.types.CoreValType;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The flattening rules of CanonicalABI.md ("Flattening"), with 32-bit memories. */
public final class Flattening {
    public static final int MAX_FLAT_PARAMS = 16;
    public static final int MAX_FLAT_ASYNC_PARAMS = 4;
    public static final int MAX_FLAT_RESULTS = 1;

    /** Whether a function type is flattened for lifting (export) or lowering (import). */
    public enum Context { LIFT, LOWER }

    private Flattening() {
    }

    /** {@code flatten_functype(opts, ft, context)}. */
    public static CoreFuncType flattenFuncType(FuncType ft, Context context, boolean async, boolean callback) {
        List<CoreValType> params = new ArrayList<>();
        for (FuncType.Param p : ft.params()) {
            params.addAll(flatten(p.type()));
        }
        List<CoreValType> results = ft.result().map(Flattening::flatten).orElse(List.of());
        if (!async) {
            if (params.size() > MAX_FLAT_PARAMS) {
                params = List.of(CoreValType.I32);
            }
            if (results.size() > MAX_FLAT_RESULTS) {
                if (context == Context.LIFT) {
                    results = List.of(CoreValType.I32);
                } else {
                    params = new ArrayList<>(params);
                    params.add(CoreValType.I32);
                    results = List.of();
                }
            }
            return new CoreFuncType(params, results);
        }
        if (context == Context.LIFT) {
            if (params.size() > MAX_FLAT_PARAMS) {
                params = List.of(CoreValType.I32);
            }
            results = callback ? List.of(CoreValType.I32) : List.of();
        } else {
            if (params.size() > MAX_FLAT_ASYNC_PARAMS) {
                params = List.of(CoreValType.I32);
            }
            if (!results.isEmpty()) {
                params = new ArrayList<>(params);
                params.add(CoreValType.I32);
            }
            results = List.of(CoreValType.I32);
        }
        return new CoreFuncType(params, results);
    }

    /** {@code flatten_type(t)}. */
    public static List<CoreValType> flatten(ValueType t) {
        return switch (t) {
            case PrimitiveType p -> switch (p) {
                case BOOL, S8, U8, S16, U16, S32, U32, CHAR, ERROR_CONTEXT -> List.of(CoreValType.I32);
                case S64, U64 -> List.of(CoreValType.I64);
                case F32 -> List.of(CoreValType.F32);
                case F64 -> List.of(CoreValType.F64);
                case STRING -> List.of(CoreValType.I32, CoreValType.I32);
            };
            case ListType l -> List.of(CoreValType.I32, CoreValType.I32);
            case MapType m -> List.of(CoreValType.I32, CoreValType.I32);
            case FixedListType l -> {
                List<CoreValType> one = flatten(l.element());
                List<CoreValType> out = new ArrayList<>();
                for (int i = 0; i < l.length() && out.size() <= 4 * MAX_FLAT_PARAMS; i++) {
                    out.addAll(one);
                }
                yield out;
            }
            case RecordType r -> {
                List<CoreValType> out = new ArrayList<>();
                r.fields().forEach(f -> out.addAll(flatten(f.type())));
                yield out;
            }
            case TupleType tu -> {
                List<CoreValType> out = new ArrayList<>();
                tu.elements().forEach(e -> out.addAll(flatten(e)));
                yield out;
            }
            case VariantType v -> variant(v.cases().stream().map(VariantType.Case::payload).toList());
            case OptionType o -> variant(List.of(Optional.empty(), Optional.of(o.some())));
            case ResultType r -> variant(List.of(r.ok(), r.err()));
            case EnumType e -> List.of(CoreValType.I32);
            case FlagsType f -> List.of(CoreValType.I32);
            case OwnType o -> List.of(CoreValType.I32);
            case BorrowType b -> List.of(CoreValType.I32);
            case StreamType s -> List.of(CoreValType.I32);
            case FutureType f -> List.of(CoreValType.I32);
        };
    }

    private static List<CoreValType> variant(List<Optional<ValueType>> payloads) {
        List<CoreValType> flat = new ArrayList<>();
        for (Optional<ValueType> payload : payloads) {
            if (payload.isEmpty()) {
                continue;
            }
            List<CoreValType> f = flatten(payload.get());
            for (int i = 0; i < f.size(); i++) {
                if (i < flat.size()) {
                    flat.set(i, join(flat.get(i), f.get(i)));
                } else {
                    flat.add(f.get(i));
                }
            }
        }
        List<CoreValType> out = new ArrayList<>();
        out.add(CoreValType.I32);
        out.addAll(flat);
        return out;
    }

    private static CoreValType join(CoreValType a, CoreValType b) {
        if (a == b) {
            return a;
        }
        if ((a == CoreValType.I32 && b == CoreValType.F32) || (a == CoreValType.F32 && b == CoreValType.I32)) {
            return CoreValType.I32;
        }
        return CoreValType.I64;
    }

    /** Whether lifting or lowering a value of this type touches linear memory (strings and lists). */
    public static boolean usesMemory(ValueType t) {
        return ValueTypes.anyValueType(t, v -> v == PrimitiveType.STRING || v instanceof ListType
                || v instanceof MapType);
    }
}
