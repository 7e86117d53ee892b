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
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import dev.weft.value.BoolVal;
import dev.weft.value.CharVal;
import dev.weft.value.EnumVal;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.FixedListVal;
import dev.weft.value.FlagsVal;
import dev.weft.value.ListVal;
import dev.weft.value.MapVal;
import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
import dev.weft.value.ResourceVal;
import dev.weft.value.AsyncVal;
import dev.weft.value.ResultVal;
import dev.weft.value.S16Val;
import dev.weft.value.S32Val;
import dev.weft.value.S64Val;
import dev.weft.value.S8Val;
import dev.weft.value.StringVal;
import dev.weft.value.TupleVal;
import dev.weft.value.U16Val;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a {@link Val} has the shape of a {@link ValueType} (used before lowering a host value). Messages
 * name where the mismatch is: {@code "record field `b`: expected u32, got string"},
 * {@code "list element 2: tuple element 0: expected bool, got s32"}.
 * Resources match when the handle's resource type is the same type ({@code equals}, so aliases match);
 * {@code own<R>} needs an owned value, {@code borrow<R>} takes a borrowed or an owned one (the owner lends it).
 */
public final class ValTypeChecker {
    private ValTypeChecker() {
    }

    /** Throws if {@code val} does not match {@code type}. */
    public static void check(ValueType type, Val val) {
        Optional<String> problem = mismatch(type, val);
        if (problem.isPresent()) {
            throw new ValTypeMismatchException(problem.get());
        }
    }

    /** Whether {@code val} matches {@code type}. */
    public static boolean matches(ValueType type, Val val) {
        return mismatch(type, val).isEmpty();
    }

    /** The first mismatch found, or empty when {@code val} matches {@code type}. */
    public static Optional<String> mismatch(ValueType type, Val val) {
        return Optional.ofNullable(find(type, val));
    }

    private static String find(ValueType type, Val val) {
        if (val == null) {
            return "expected " + WaveTypeNames.display(type) + ", got null";
        }
        return switch (type) {
            case PrimitiveType p -> primitive(p, val) ? null : expected(type, val);
            case ListType l -> val instanceof ListVal v ? elements(l.element(), v.elements()) : expected(type, val);
            case FixedListType l -> fixedList(l, val);
            case MapType m -> val instanceof MapVal v ? entries(m, v) : expected(type, val);
            case TupleType t -> val instanceof TupleVal v ? tuple(t, v) : expected(type, val);
            case RecordType r -> val instanceof RecordVal v ? record(r, v) : expected(type, val);
            case VariantType t -> val instanceof VariantVal v ? variant(t, v) : expected(type, val);
            case EnumType e -> val instanceof EnumVal v ? enumCase(e, v) : expected(type, val);
            case FlagsType f -> val instanceof FlagsVal v ? flags(f, v) : expected(type, val);
            case OptionType o -> val instanceof OptionVal v
                    ? v.value().map(p -> prefixed("option payload", find(o.some(), p))).orElse(null)
                    : expected(type, val);
            case ResultType r -> val instanceof ResultVal v ? result(r, v) : expected(type, val);
            case OwnType o -> resource(type, o.resource(), true, val);
            case BorrowType b -> resource(type, b.resource(), false, val);
            case StreamType s -> "no value representation for " + WaveTypeNames.display(type);
            case FutureType f -> "no value representation for " + WaveTypeNames.display(type);
        };
    }

    private static boolean primitive(PrimitiveType p, Val val) {
        return switch (p) {
            case BOOL -> val instanceof BoolVal;
            case S8 -> val instanceof S8Val;
            case U8 -> val instanceof U8Val;
            case S16 -> val instanceof S16Val;
            case U16 -> val instanceof U16Val;
            case S32 -> val instanceof S32Val;
            case U32 -> val instanceof U32Val;
            case S64 -> val instanceof S64Val;
            case U64 -> val instanceof U64Val;
            case F32 -> val instanceof F32Val;
            case F64 -> val instanceof F64Val;
            case CHAR -> val instanceof CharVal;
            case STRING -> val instanceof StringVal;
            case ERROR_CONTEXT -> false;
        };
    }

    private static String elements(ValueType element, List<Val> values) {
        for (int i = 0; i < values.size(); i++) {
            String problem = find(element, values.get(i));
            if (problem != null) {
                return prefixed("list element " + i, problem);
            }
        }
        return null;
    }

    private static String fixedList(FixedListType type, Val val) {
        if (!(val instanceof FixedListVal v)) {
            return expected(type, val);
        }
        if (v.elements().size() != type.length()) {
            return "expected " + type.length() + " list elements, got " + v.elements().size();
        }
        return elements(type.element(), v.elements());
    }

    private static String entries(MapType type, MapVal val) {
        for (int i = 0; i < val.entries().size(); i++) {
            MapVal.Entry e = val.entries().get(i);
            String problem = prefixed("map key " + i, find(type.key(), e.key()));
            if (problem == null) {
                problem = prefixed("map value " + i, find(type.value(), e.value()));
            }
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String tuple(TupleType type, TupleVal val) {
        if (val.elements().size() != type.elements().size()) {
            return "expected " + type.elements().size() + " tuple elements, got " + val.elements().size();
        }
        for (int i = 0; i < val.elements().size(); i++) {
            String problem = find(type.elements().get(i), val.elements().get(i));
            if (problem != null) {
                return prefixed("tuple element " + i, problem);
            }
        }
        return null;
    }

    private static String record(RecordType type, RecordVal val) {
        List<RecordType.Field> fields = type.fields();
        for (int i = 0; i < Math.max(fields.size(), val.fields().size()); i++) {
            if (i >= fields.size()) {
                return "unexpected record field `" + val.fields().get(i).name() + "`";
            }
            RecordType.Field field = fields.get(i);
            if (i >= val.fields().size()) {
                return "missing record field `" + field.name() + "`";
            }
            RecordVal.Field given = val.fields().get(i);
            if (!field.name().equals(given.name())) {
                return "record field " + i + ": expected field `" + field.name() + "`, got `" + given.name() + "`";
            }
            String problem = find(field.type(), given.value());
            if (problem != null) {
                return prefixed("record field `" + field.name() + "`", problem);
            }
        }
        return null;
    }

    private static String variant(VariantType type, VariantVal val) {
        for (VariantType.Case c : type.cases()) {
            if (c.name().equals(val.caseName())) {
                return payload("variant case `" + c.name() + "`", c.payload(), val.payload());
            }
        }
        return "`" + val.caseName() + "` is not a case of " + WaveTypeNames.display(type);
    }

    private static String enumCase(EnumType type, EnumVal val) {
        return type.names().contains(val.caseName()) ? null
                : "`" + val.caseName() + "` is not a case of " + WaveTypeNames.display(type);
    }

    private static String flags(FlagsType type, FlagsVal val) {
        Set<String> seen = new HashSet<>();
        for (String name : val.set()) {
            if (!type.names().contains(name)) {
                return "`" + name + "` is not a flag of " + WaveTypeNames.display(type);
            }
            if (!seen.add(name)) {
                return "flag `" + name + "` is set twice";
            }
        }
        return null;
    }

    private static String result(ResultType type, ResultVal val) {
        return val.isOk() ? payload("ok", type.ok(), val.payload()) : payload("err", type.err(), val.payload());
    }

    private static String payload(String where, Optional<ValueType> type, Optional<Val> val) {
        if (type.isPresent() && val.isPresent()) {
            return prefixed(where + " payload", find(type.get(), val.get()));
        }
        if (type.isPresent()) {
            return where + ": missing payload of type " + WaveTypeNames.display(type.get());
        }
        return val.isPresent() ? where + ": unexpected payload" : null;
    }

    private static String resource(ValueType type, ResourceType resource, boolean owned, Val val) {
        // an owned handle may be lent for a borrow; a borrowed one can never be given away as own
        if (!(val instanceof ResourceVal r) || (owned && !r.owned())) {
            return expected(type, val);
        }
        if (r.handle() == null || !r.handle().type().equals(resource)) {
            String got = r.handle() == null ? "no handle" : "resource " + r.handle().type().displayName();
            return "expected " + WaveTypeNames.display(type) + ", got " + got;
        }
        return null;
    }

    private static String prefixed(String where, String problem) {
        return problem == null ? null : where + ": " + problem;
    }

    private static String expected(ValueType type, Val val) {
        return "expected " + WaveTypeNames.display(type) + ", got " + describe(val);
    }

    /** A short name for the kind of a value: {@code string}, {@code u32}, {@code list}, {@code own resource}. */
    static String describe(Val val) {
        return switch (val) {
            case BoolVal v -> "bool";
            case S8Val v -> "s8";
            case U8Val v -> "u8";
            case S16Val v -> "s16";
            case U16Val v -> "u16";
            case S32Val v -> "s32";
            case U32Val v -> "u32";
            case S64Val v -> "s64";
            case U64Val v -> "u64";
            case F32Val v -> "f32";
            case F64Val v -> "f64";
            case CharVal v -> "char";
            case StringVal v -> "string";
            case ListVal v -> "list";
            case FixedListVal v -> "fixed-length list";
            case RecordVal v -> "record";
            case TupleVal v -> "tuple";
            case VariantVal v -> "variant";
            case EnumVal v -> "enum";
            case OptionVal v -> "option";
            case ResultVal v -> "result";
            case FlagsVal v -> "flags";
            case MapVal v -> "map";
            case ResourceVal v -> v.owned() ? "own resource" : "borrow resource";
            case AsyncVal v -> v.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        };
    }
}
