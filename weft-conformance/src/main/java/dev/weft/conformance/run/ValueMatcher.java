package dev.weft.conformance.run;

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

/**
 * Compares the values a script expects, written untyped, with the typed values Weft returned. Differences that
 * are only spelling are not mismatches: a script's {@code list.const} matches a fixed-length list with the same
 * elements, and {@code flags.const} names match in any order. Floats match bit for bit, except that any NaN
 * matches a NaN (the canonical ABI canonicalises NaNs).
 */
final class ValueMatcher {
    private ValueMatcher() {
    }

    static boolean matches(List<Val> expected, List<Val> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!matches(expected.get(i), actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean matches(Val expected, Val actual) {
        return switch (expected) {
            case ListVal list -> actual instanceof ListVal other ? matches(list.elements(), other.elements())
                    : actual instanceof FixedListVal fixed && matches(list.elements(), fixed.elements());
            case FixedListVal list -> actual instanceof FixedListVal other
                    && matches(list.elements(), other.elements());
            case TupleVal tuple -> actual instanceof TupleVal other && matches(tuple.elements(), other.elements());
            case RecordVal record -> actual instanceof RecordVal other && fields(record.fields(), other.fields());
            case VariantVal variant -> actual instanceof VariantVal other
                    && variant.caseName().equals(other.caseName()) && payload(variant.payload(), other.payload());
            case OptionVal option -> actual instanceof OptionVal other && payload(option.value(), other.value());
            case ResultVal result -> actual instanceof ResultVal other && result.isOk() == other.isOk()
                    && payload(result.payload(), other.payload());
            case FlagsVal flags -> actual instanceof FlagsVal other && flags.set().size() == other.set().size()
                    && new HashSet<>(flags.set()).equals(new HashSet<>(other.set()));
            case F32Val f -> actual instanceof F32Val other && (Float.isNaN(f.value())
                    ? Float.isNaN(other.value())
                    : Float.floatToRawIntBits(f.value()) == Float.floatToRawIntBits(other.value()));
            case F64Val f -> actual instanceof F64Val other && (Double.isNaN(f.value())
                    ? Double.isNaN(other.value())
                    : Double.doubleToRawLongBits(f.value()) == Double.doubleToRawLongBits(other.value()));
            case MapVal map -> actual instanceof MapVal other && map.entries().size() == other.entries().size()
                    && entries(map.entries(), other.entries());
            case BoolVal v -> v.equals(actual);
            case S8Val v -> v.equals(actual);
            case U8Val v -> v.equals(actual);
            case S16Val v -> v.equals(actual);
            case U16Val v -> v.equals(actual);
            case S32Val v -> v.equals(actual);
            case U32Val v -> v.equals(actual);
            case S64Val v -> v.equals(actual);
            case U64Val v -> v.equals(actual);
            case CharVal v -> v.equals(actual);
            case StringVal v -> v.equals(actual);
            case EnumVal v -> v.equals(actual);
            case ResourceVal v -> v.equals(actual);
            case AsyncVal v -> v.equals(actual);
        };
    }

    private static boolean fields(List<RecordVal.Field> expected, List<RecordVal.Field> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).name().equals(actual.get(i).name())
                    || !matches(expected.get(i).value(), actual.get(i).value())) {
                return false;
            }
        }
        return true;
    }

    private static boolean entries(List<MapVal.Entry> expected, List<MapVal.Entry> actual) {
        for (int i = 0; i < expected.size(); i++) {
            if (!matches(expected.get(i).key(), actual.get(i).key())
                    || !matches(expected.get(i).value(), actual.get(i).value())) {
                return false;
            }
        }
        return true;
    }

    private static boolean payload(Optional<Val> expected, Optional<Val> actual) {
        return expected.isPresent() == actual.isPresent()
                && (expected.isEmpty() || matches(expected.get(), actual.get()));
    }
}
