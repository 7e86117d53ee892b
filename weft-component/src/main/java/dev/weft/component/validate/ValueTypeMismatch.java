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

/** Explains why two unequal value types differ, naming the first differing part. */
final class ValueTypeMismatch {
    private ValueTypeMismatch() {
    }

    static String describe(ValueType actual, ValueType expected) {
        return describe(actual, expected, false);
    }

    private static String nested(ValueType actual, ValueType expected) {
        return describe(actual, expected, true);
    }

    /** Top-level mismatches name a primitive by its kind, nested ones by its name (as wasmparser words it). */
    private static String describe(ValueType actual, ValueType expected, boolean nested) {
        if (!kind(actual).equals(kind(expected))) {
            if (actual instanceof PrimitiveType && expected instanceof PrimitiveType) {
                return "expected primitive `" + ((PrimitiveType) expected).witName() + "` found primitive `"
                        + ((PrimitiveType) actual).witName() + "`";
            }
            return "expected " + (nested ? name(expected) : kind(expected)) + ", found " + name(actual);
        }
        return switch (expected) {
            case RecordType e -> {
                RecordType a = (RecordType) actual;
                if (a.fields().size() != e.fields().size()) {
                    yield "expected " + e.fields().size() + " fields, found " + a.fields().size();
                }
                for (int i = 0; i < e.fields().size(); i++) {
                    var ef = e.fields().get(i);
                    var af = a.fields().get(i);
                    if (!ef.name().equals(af.name())) {
                        yield "expected field name `" + ef.name() + "`, found `" + af.name() + "`";
                    }
                    if (!ef.type().equals(af.type())) {
                        yield "type mismatch in record field `" + ef.name() + "`: " + nested(af.type(), ef.type());
                    }
                }
                yield "record types differ";
            }
            case VariantType e -> {
                VariantType a = (VariantType) actual;
                if (a.cases().size() != e.cases().size()) {
                    yield "expected " + e.cases().size() + " cases, found " + a.cases().size();
                }
                for (int i = 0; i < e.cases().size(); i++) {
                    var ec = e.cases().get(i);
                    var ac = a.cases().get(i);
                    if (!ec.name().equals(ac.name())) {
                        yield "expected case named `" + ec.name() + "`, found `" + ac.name() + "`";
                    }
                    if (ec.payload().isPresent() != ac.payload().isPresent()) {
                        yield ec.payload().isPresent() ? "expected case `" + ec.name() + "` to have a type, found none"
                                : "expected case `" + ec.name() + "` to have no type";
                    }
                    if (ec.payload().isPresent() && !ec.payload().equals(ac.payload())) {
                        yield "type mismatch in variant case `" + ec.name() + "`: "
                                + nested(ac.payload().get(), ec.payload().get());
                    }
                }
                yield "variant types differ";
            }
            case TupleType e -> {
                TupleType a = (TupleType) actual;
                if (a.elements().size() != e.elements().size()) {
                    yield "expected " + e.elements().size() + " types, found " + a.elements().size();
                }
                for (int i = 0; i < e.elements().size(); i++) {
                    if (!e.elements().get(i).equals(a.elements().get(i))) {
                        yield "type mismatch in tuple field " + i + ": "
                                + nested(a.elements().get(i), e.elements().get(i));
                    }
                }
                yield "tuple types differ";
            }
            case FlagsType e -> "mismatch in flags elements";
            case EnumType e -> "mismatch in enum elements";
            case ResultType e -> {
                ResultType a = (ResultType) actual;
                if (e.ok().isPresent() != a.ok().isPresent()) {
                    yield e.ok().isPresent() ? "expected ok type, but found none"
                            : "expected ok type to not be present";
                }
                if (e.err().isPresent() != a.err().isPresent()) {
                    yield e.err().isPresent() ? "expected err type, but found none"
                            : "expected err type to not be present";
                }
                if (!e.ok().equals(a.ok())) {
                    yield "type mismatch in ok variant: " + nested(a.ok().get(), e.ok().get());
                }
                yield "type mismatch in err variant: " + nested(a.err().get(), e.err().get());
            }
            case OwnType e -> "resource types are not the same";
            case BorrowType e -> "resource types are not the same";
            case OptionType e -> "type mismatch in option: " + nested(((OptionType) actual).some(), e.some());
            case ListType e -> "type mismatch in list element: " + nested(((ListType) actual).element(),
                    e.element());
            case PrimitiveType e -> "expected primitive `" + e.witName() + "` found primitive `"
                    + ((PrimitiveType) actual).witName() + "`";
            case FixedListType e -> "fixed-length list types differ";
            case MapType e -> "map types differ";
            case StreamType e -> "stream types differ";
            case FutureType e -> "future types differ";
        };
    }

    private static String name(ValueType t) {
        return t instanceof PrimitiveType p ? p.witName() : kind(t);
    }

    static String kind(ValueType t) {
        return switch (t) {
            case PrimitiveType p -> "primitive";
            case RecordType r -> "record";
            case VariantType v -> "variant";
            case ListType l -> "list";
            case FixedListType l -> "fixed-length list";
            case MapType m -> "map";
            case TupleType tu -> "tuple";
            case FlagsType f -> "flags";
            case EnumType e -> "enum";
            case OptionType o -> "option";
            case ResultType r -> "result";
            case OwnType o -> "own";
            case BorrowType b -> "borrow";
            case StreamType s -> "stream";
            case FutureType f -> "future";
        };
    }
}
