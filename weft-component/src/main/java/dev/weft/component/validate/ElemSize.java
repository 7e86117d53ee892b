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

import java.util.List;
import java.util.Optional;

/**
 * {@code elem_size} and {@code alignment} of CanonicalABI.md ("Element Size", "Alignment") for a given pointer
 * size, saturating at {@link #CAP} so that huge fixed-length lists cannot overflow.
 */
final class ElemSize {
    /** Validation bound (Binary.md): {@code elem_size(t, 'i64') < 2^28} for every defined value type. */
    static final long MAX = 1L << 28;
    private static final long CAP = 1L << 40;

    private ElemSize() {
    }

    static long size(ValueType t, int ptrSize) {
        return switch (t) {
            case PrimitiveType p -> switch (p) {
                case BOOL, S8, U8 -> 1;
                case S16, U16 -> 2;
                case S32, U32, F32, CHAR, ERROR_CONTEXT -> 4;
                case S64, U64, F64 -> 8;
                case STRING -> 2L * ptrSize;
            };
            case ListType l -> 2L * ptrSize;
            case MapType m -> 2L * ptrSize;
            case FixedListType l -> Math.min(CAP, l.length() * size(l.element(), ptrSize));
            case RecordType r -> record(r.fields().stream().map(RecordType.Field::type).toList(), ptrSize);
            case TupleType tu -> record(tu.elements(), ptrSize);
            case VariantType v -> variant(v.cases().stream().map(VariantType.Case::payload).toList(), ptrSize);
            case OptionType o -> variant(List.of(Optional.empty(), Optional.of(o.some())), ptrSize);
            case ResultType r -> variant(List.of(r.ok(), r.err()), ptrSize);
            case EnumType e -> discriminantSize(e.names().size());
            case FlagsType f -> f.names().size() <= 8 ? 1 : f.names().size() <= 16 ? 2 : 4;
            case OwnType o -> 4;
            case BorrowType b -> 4;
            case StreamType s -> 4;
            case FutureType f -> 4;
        };
    }

    static long alignment(ValueType t, int ptrSize) {
        return switch (t) {
            case PrimitiveType p -> p == PrimitiveType.STRING ? ptrSize : size(p, ptrSize);
            case ListType l -> ptrSize;
            case MapType m -> ptrSize;
            case FixedListType l -> alignment(l.element(), ptrSize);
            case RecordType r -> r.fields().stream().mapToLong(f -> alignment(f.type(), ptrSize)).max().orElse(1);
            case TupleType tu -> tu.elements().stream().mapToLong(e -> alignment(e, ptrSize)).max().orElse(1);
            case VariantType v -> variantAlignment(v.cases().stream().map(VariantType.Case::payload).toList(),
                    ptrSize);
            case OptionType o -> variantAlignment(List.of(Optional.empty(), Optional.of(o.some())), ptrSize);
            case ResultType r -> variantAlignment(List.of(r.ok(), r.err()), ptrSize);
            case EnumType e -> discriminantSize(e.names().size());
            case FlagsType f -> size(f, ptrSize);
            case OwnType o -> 4;
            case BorrowType b -> 4;
            case StreamType s -> 4;
            case FutureType f -> 4;
        };
    }

    private static long record(List<ValueType> fields, int ptrSize) {
        long s = 0;
        long align = 1;
        for (ValueType f : fields) {
            long a = alignment(f, ptrSize);
            align = Math.max(align, a);
            s = Math.min(CAP, alignTo(s, a) + size(f, ptrSize));
        }
        return alignTo(s, align);
    }

    private static long variant(List<Optional<ValueType>> payloads, int ptrSize) {
        long caseAlign = 1;
        long caseSize = 0;
        for (Optional<ValueType> p : payloads) {
            if (p.isPresent()) {
                caseAlign = Math.max(caseAlign, alignment(p.get(), ptrSize));
                caseSize = Math.max(caseSize, size(p.get(), ptrSize));
            }
        }
        long s = alignTo(discriminantSize(payloads.size()), caseAlign) + caseSize;
        return alignTo(Math.min(CAP, s), Math.max(discriminantSize(payloads.size()), caseAlign));
    }

    private static long variantAlignment(List<Optional<ValueType>> payloads, int ptrSize) {
        long a = discriminantSize(payloads.size());
        for (Optional<ValueType> p : payloads) {
            if (p.isPresent()) {
                a = Math.max(a, alignment(p.get(), ptrSize));
            }
        }
        return a;
    }

    private static long discriminantSize(int cases) {
        return cases <= 256 ? 1 : cases <= 65536 ? 2 : 4;
    }

    private static long alignTo(long ptr, long alignment) {
        return (ptr + alignment - 1) / alignment * alignment;
    }
}
