package dev.weft.conformance.wast;

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
import java.util.List;
import java.util.Optional;

/**
 * Prints values in the scripts' own constant syntax ({@code (u32.const 7)}, {@code (str.const "hi")}, …), the
 * inverse of {@link ValueConstReader}, so that reports show expected and actual values the way the script does.
 * Kinds the syntax lacks are shown in a similar made-up form ({@code (fixed-list.const …)}, {@code (map.const …)},
 * {@code (resource …)}).
 */
public final class ValueConstPrinter {
    private ValueConstPrinter() {
    }

    public static String print(List<Val> values) {
        StringBuilder out = new StringBuilder();
        for (Val value : values) {
            out.append(out.isEmpty() ? "" : " ").append(print(value));
        }
        return out.isEmpty() ? "(nothing)" : out.toString();
    }

    public static String print(Val value) {
        return switch (value) {
            case BoolVal v -> "(bool.const " + v.value() + ")";
            case S8Val v -> "(s8.const " + v.value() + ")";
            case U8Val v -> "(u8.const " + v.value() + ")";
            case S16Val v -> "(s16.const " + v.value() + ")";
            case U16Val v -> "(u16.const " + v.value() + ")";
            case S32Val v -> "(s32.const " + v.value() + ")";
            case U32Val v -> "(u32.const " + v.value() + ")";
            case S64Val v -> "(s64.const " + v.value() + ")";
            case U64Val v -> "(u64.const " + Long.toUnsignedString(v.bits()) + ")";
            case F32Val v -> "(f32.const " + floatText(v.value(), Float.toString(v.value())) + ")";
            case F64Val v -> "(f64.const " + floatText(v.value(), Double.toString(v.value())) + ")";
            case CharVal v -> "(char.const " + quote(Character.toString(v.codePoint())) + ")";
            case StringVal v -> "(str.const " + quote(v.value()) + ")";
            case ListVal v -> "(list.const" + items(v.elements()) + ")";
            case FixedListVal v -> "(fixed-list.const" + items(v.elements()) + ")";
            case TupleVal v -> "(tuple.const" + items(v.elements()) + ")";
            case RecordVal v -> record(v);
            case VariantVal v -> "(variant.const " + quote(v.caseName()) + payload(v.payload()) + ")";
            case EnumVal v -> "(enum.const " + quote(v.caseName()) + ")";
            case OptionVal v -> v.value().map(p -> "(option.some " + print(p) + ")").orElse("(option.none)");
            case ResultVal v -> "(result." + (v.isOk() ? "ok" : "err") + payload(v.payload()) + ")";
            case FlagsVal v -> "(flags.const" + v.set().stream().map(f -> " " + quote(f)).reduce("", String::concat)
                    + ")";
            case MapVal v -> "(map.const" + v.entries().stream()
                    .map(e -> " (" + print(e.key()) + " " + print(e.value()) + ")").reduce("", String::concat) + ")";
            case ResourceVal v -> "(resource " + (v.owned() ? "own" : "borrow") + " " + v.handle() + ")";
            case AsyncVal v -> "(" + v.kind().name().toLowerCase(java.util.Locale.ROOT) + ")";
        };
    }

    /** {@code nan}, {@code inf}, {@code -inf}, or Java's shortest round-tripping decimal without a trailing .0. */
    private static String floatText(double value, String javaText) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return javaText.endsWith(".0") ? javaText.substring(0, javaText.length() - 2) : javaText;
    }

    private static String record(RecordVal record) {
        StringBuilder out = new StringBuilder("(record.const");
        for (RecordVal.Field field : record.fields()) {
            String value = print(field.value());
            // a field holds its value without the parentheses: (field "a" u32.const 1)
            out.append(" (field ").append(quote(field.name())).append(' ')
                    .append(value, 1, value.length() - 1).append(')');
        }
        return out.append(')').toString();
    }

    private static String items(List<Val> values) {
        StringBuilder out = new StringBuilder();
        for (Val value : values) {
            out.append(' ').append(print(value));
        }
        return out.toString();
    }

    private static String payload(Optional<Val> payload) {
        return payload.map(p -> " " + print(p)).orElse("");
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (cp < 0x20 || cp == 0x7F) {
                        out.append("\\u{").append(Integer.toHexString(cp)).append('}');
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
