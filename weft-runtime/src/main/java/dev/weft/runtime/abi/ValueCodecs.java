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

import java.util.List;

/** Plans the {@link ValueCodec} of a type from its structure and {@link TypeLayouts}; cached by the latter. */
final class ValueCodecs {
    private ValueCodecs() {
    }

    /**
     * The codec of {@code t}; a type without a layout (which validation rejects, e.g. an empty tuple) gets the
     * generic code, which fails on it at call time as before.
     */
    static ValueCodec plan(TypeLayouts layouts, ValueType t) {
        try {
            return planned(layouts, t);
        } catch (IllegalArgumentException e) {
            return new GenericCodec(t);
        }
    }

    private static ValueCodec planned(TypeLayouts layouts, ValueType t) {
        return switch (t) {
            case PrimitiveType p -> p == PrimitiveType.ERROR_CONTEXT ? new GenericCodec(t) : new PrimitiveCodec(p);
            case ListType l -> {
                TypeLayout e = layouts.of(l.element());
                yield new ListCodec(t, l.element(), layouts.codec(l.element()), e.size(), e.alignment());
            }
            case RecordType r -> fields(layouts, t);
            case TupleType tu -> fields(layouts, t);
            case VariantType v -> cases(layouts, t);
            case EnumType e -> cases(layouts, t);
            case OptionType o -> cases(layouts, t);
            case ResultType r -> cases(layouts, t);
            case OwnType o -> HandleCodec.of(o);
            case BorrowType b -> HandleCodec.of(b);
            case MapType m -> new GenericCodec(t);
            case FixedListType f -> new GenericCodec(t);
            case FlagsType f -> new GenericCodec(t);
            case StreamType s -> new GenericCodec(t);
            case FutureType f -> new GenericCodec(t);
        };
    }

    private static ValueCodec fields(TypeLayouts layouts, ValueType t) {
        TypeLayout.Fields layout = layouts.fields(t);
        ValueCodec[] fields = new ValueCodec[RecordFields.count(t)];
        int[] offsets = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = layouts.codec(RecordFields.type(t, i));
            offsets[i] = layout.offset(i);
        }
        return new FieldsCodec(t, fields, offsets);
    }

    private static ValueCodec cases(TypeLayouts layouts, ValueType t) {
        TypeLayout.Cases layout = layouts.cases(t);
        ValueCodec[] payloads = new ValueCodec[layout.caseCount()];
        FlatType[][] flat = new FlatType[payloads.length][];
        for (int i = 0; i < payloads.length; i++) {
            ValueType pt = VariantCases.payloadType(t, i);
            if (pt != null) {
                payloads[i] = layouts.codec(pt);
                flat[i] = layouts.of(pt).flat().toArray(FlatType[]::new);
            }
        }
        return new CasesCodec(t, layout, payloads, flat);
    }

    /** The codecs of a parameter or result list. */
    static ValueCodec[] all(TypeLayouts layouts, List<ValueType> types) {
        ValueCodec[] codecs = new ValueCodec[types.size()];
        for (int i = 0; i < codecs.length; i++) {
            codecs[i] = layouts.codec(types.get(i));
        }
        return codecs;
    }
}
