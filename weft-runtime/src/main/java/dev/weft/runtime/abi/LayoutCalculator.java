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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Computes a {@link TypeLayout} from a type, taking member layouts from the cache (32-bit memories). */
final class LayoutCalculator {
    static final int PTR_SIZE = 4;
    private static final List<FlatType> I32 = List.of(FlatType.I32);
    private static final List<FlatType> PTR_PAIR = List.of(FlatType.I32, FlatType.I32);

    private final TypeLayouts cache;

    LayoutCalculator(TypeLayouts cache) {
        this.cache = cache;
    }

    TypeLayout compute(ValueType t) {
        return switch (t) {
            case PrimitiveType p -> primitive(p);
            case ListType l -> new TypeLayout.Plain(2 * PTR_SIZE, PTR_SIZE, PTR_PAIR);
            case MapType m -> new TypeLayout.Plain(2 * PTR_SIZE, PTR_SIZE, PTR_PAIR);
            case FixedListType f -> fixedList(f);
            case RecordType r -> fields(r.fields().stream().map(RecordType.Field::type).toList());
            case TupleType tu -> fields(tu.elements());
            case VariantType v -> cases(v.cases().stream().map(VariantType.Case::payload).toList());
            case EnumType e -> cases(Collections.nCopies(e.names().size(), Optional.empty()));
            case OptionType o -> cases(List.of(Optional.empty(), Optional.of(o.some())));
            case ResultType r -> cases(List.of(r.ok(), r.err()));
            case FlagsType f -> flags(f.names().size());
            case OwnType o -> new TypeLayout.Plain(4, 4, I32);
            case BorrowType b -> new TypeLayout.Plain(4, 4, I32);
            case StreamType s -> new TypeLayout.Plain(4, 4, I32);
            case FutureType f -> new TypeLayout.Plain(4, 4, I32);
        };
    }

    private static TypeLayout primitive(PrimitiveType p) {
        return switch (p) {
            case BOOL, S8, U8 -> new TypeLayout.Plain(1, 1, I32);
            case S16, U16 -> new TypeLayout.Plain(2, 2, I32);
            case S32, U32, CHAR, ERROR_CONTEXT -> new TypeLayout.Plain(4, 4, I32);
            case S64, U64 -> new TypeLayout.Plain(8, 8, List.of(FlatType.I64));
            case F32 -> new TypeLayout.Plain(4, 4, List.of(FlatType.F32));
            case F64 -> new TypeLayout.Plain(8, 8, List.of(FlatType.F64));
            case STRING -> new TypeLayout.Plain(2 * PTR_SIZE, PTR_SIZE, PTR_PAIR);
        };
    }

    private TypeLayout fixedList(FixedListType f) {
        if (f.length() <= 0) {
            throw new IllegalArgumentException("fixed-length list must have a positive length: " + f);
        }
        TypeLayout e = cache.of(f.element());
        List<FlatType> flat = new ArrayList<>(e.flat().size() * f.length());
        for (int i = 0; i < f.length(); i++) {
            flat.addAll(e.flat());
        }
        long size = (long) f.length() * e.size();
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("fixed-length list too large: " + f);
        }
        return new TypeLayout.Plain((int) size, e.alignment(), flat);
    }

    private TypeLayout fields(List<ValueType> types) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("record or tuple without fields has no layout");
        }
        int[] offsets = new int[types.size()];
        int size = 0;
        int align = 1;
        List<FlatType> flat = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            TypeLayout f = cache.of(types.get(i));
            size = alignTo(size, f.alignment());
            offsets[i] = size;
            size += f.size();
            align = Math.max(align, f.alignment());
            flat.addAll(f.flat());
        }
        return new TypeLayout.Fields(alignTo(size, align), align, flat, offsets);
    }

    private TypeLayout cases(List<Optional<ValueType>> payloads) {
        if (payloads.isEmpty()) {
            throw new IllegalArgumentException("variant without cases has no layout");
        }
        int disc = discriminantSize(payloads.size());
        int maxCaseAlign = 1;
        int maxCaseSize = 0;
        List<FlatType> joined = new ArrayList<>();
        for (Optional<ValueType> p : payloads) {
            if (p.isEmpty()) {
                continue;
            }
            TypeLayout c = cache.of(p.get());
            maxCaseAlign = Math.max(maxCaseAlign, c.alignment());
            maxCaseSize = Math.max(maxCaseSize, c.size());
            List<FlatType> cf = c.flat();
            for (int i = 0; i < cf.size(); i++) {
                if (i < joined.size()) {
                    joined.set(i, FlatType.join(joined.get(i), cf.get(i)));
                } else {
                    joined.add(cf.get(i));
                }
            }
        }
        int align = Math.max(disc, maxCaseAlign);
        int payloadOffset = alignTo(disc, maxCaseAlign);
        int size = alignTo(payloadOffset + maxCaseSize, align);
        List<FlatType> flat = new ArrayList<>(joined.size() + 1);
        flat.add(FlatType.I32);
        flat.addAll(joined);
        return new TypeLayout.Cases(size, align, flat, payloads.size(), disc, payloadOffset);
    }

    private static TypeLayout flags(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("flags without labels has no layout");
        }
        if (n <= 8) {
            return new TypeLayout.Plain(1, 1, I32);
        }
        if (n <= 16) {
            return new TypeLayout.Plain(2, 2, I32);
        }
        int words = flagWords(n);
        return new TypeLayout.Plain(4 * words, 4, Collections.nCopies(words, FlatType.I32));
    }

    /**
     * Number of i32 words for {@code n} flags. Up to 32 flags this is the current spec; more than 32 follows the
     * pre-2024 rule ({@code num_i32_flags = ceil(n / 32)}), which Binary.md now rejects in validation.
     */
    static int flagWords(int n) {
        return (n + 31) / 32;
    }

    /** Byte size of the discriminant of a variant with {@code n} cases ({@code discriminant_type}). */
    static int discriminantSize(int n) {
        if (n <= 256) {
            return 1;
        }
        if (n <= 65536) {
            return 2;
        }
        return 4;
    }

    static int alignTo(int ptr, int alignment) {
        return (ptr + alignment - 1) / alignment * alignment;
    }
}
