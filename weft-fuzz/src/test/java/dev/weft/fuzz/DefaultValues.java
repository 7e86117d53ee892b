package dev.weft.fuzz;

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
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.FixedListVal;
import dev.weft.value.FlagsVal;
import dev.weft.value.ListVal;
import dev.weft.value.MapVal;
import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simplest value of a type (zero, empty, first case), to call exports with. Types the host cannot make up a
 * value for (resources, streams, futures, error contexts) have none.
 */
final class DefaultValues {
    private DefaultValues() {
    }

    static Optional<Val> of(ValueType type) {
        return switch (type) {
            case PrimitiveType p -> primitive(p);
            case RecordType r -> all(r.fields().stream().map(RecordType.Field::type).toList())
                    .map(vals -> new RecordVal(fields(r, vals)));
            case VariantType v -> v.cases().isEmpty() ? Optional.empty() : v.cases().get(0).payload()
                    .map(t -> of(t).map(val -> (Val) new VariantVal(v.cases().get(0).name(), Optional.of(val))))
                    .orElse(Optional.of(new VariantVal(v.cases().get(0).name(), Optional.empty())));
            case ListType l -> Optional.of(new ListVal(List.of()));
            case FixedListType l -> all(java.util.Collections.nCopies(l.length(), l.element()))
                    .map(FixedListVal::new);
            case MapType m -> Optional.of(new MapVal(List.of()));
            case TupleType t -> all(t.elements()).map(TupleVal::new);
            case FlagsType f -> Optional.of(new FlagsVal(List.of()));
            case EnumType e -> e.names().isEmpty() ? Optional.empty() : Optional.of(new EnumVal(e.names().get(0)));
            case OptionType o -> Optional.of(new OptionVal(Optional.empty()));
            case ResultType r -> r.ok().isEmpty() ? Optional.of(new ResultVal(true, Optional.empty()))
                    : of(r.ok().get()).map(v -> new ResultVal(true, Optional.of(v)));
            case OwnType o -> Optional.empty();
            case BorrowType b -> Optional.empty();
            case StreamType s -> Optional.empty();
            case FutureType f -> Optional.empty();
        };
    }

    /** Default arguments for every parameter, or empty when one has no default. */
    static Optional<List<Val>> all(List<ValueType> types) {
        List<Val> out = new ArrayList<>(types.size());
        for (ValueType t : types) {
            Optional<Val> v = of(t);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            out.add(v.get());
        }
        return Optional.of(out);
    }

    private static List<RecordVal.Field> fields(RecordType r, List<Val> vals) {
        List<RecordVal.Field> out = new ArrayList<>(vals.size());
        for (int i = 0; i < vals.size(); i++) {
            out.add(new RecordVal.Field(r.fields().get(i).name(), vals.get(i)));
        }
        return out;
    }

    private static Optional<Val> primitive(PrimitiveType p) {
        if (p == PrimitiveType.ERROR_CONTEXT) {
            return Optional.empty();
        }
        return Optional.of(switch (p) {
            case BOOL -> new BoolVal(false);
            case S8 -> new S8Val((byte) 0);
            case U8 -> new U8Val(0);
            case S16 -> new S16Val((short) 0);
            case U16 -> new U16Val(0);
            case S32 -> new S32Val(0);
            case U32 -> new U32Val(0);
            case S64 -> new S64Val(0);
            case U64 -> new U64Val(0);
            case F32 -> new F32Val(0);
            case F64 -> new F64Val(0);
            case CHAR -> new CharVal('a');
            case STRING -> new StringVal("fuzz");
            case ERROR_CONTEXT -> throw new IllegalStateException("handled above");
        });
    }
}
