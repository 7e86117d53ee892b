package dev.weft.wave;

import dev.weft.component.types.BorrowType;
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
 * Writes values as canonical WAVE text, the way wasm-wave's writer (and so {@code wasmtime run --invoke}) does:
 * {@code "a\tb"}, {@code 'x'}, floats in shortest full decimal form, {@code [1, 2]}, {@code (1, "a")},
 * {@code {a: 1, b: some(2)}} (fields that are {@code none} are left out; {@code {:}} when nothing is left),
 * {@code %ok} for cases named like keywords, {@code some(…)}/{@code none}, {@code ok(…)}/{@code err},
 * {@code {read, write}} in declaration order.
 *
 * <p>Weft's choices where wasm-wave has no form: {@code map<K, V>} prints as a list of {@code (key, value)}
 * tuples (and parses back from it); resource handles print opaquely as {@code <own NAME>} or
 * {@code <borrow NAME>} (wasm-wave refuses them; the form cannot be parsed back).
 */
public final class WavePrinter {
    private WavePrinter() {
    }

    /**
     * Prints {@code val} as a value of {@code type}.
     *
     * @throws ValTypeMismatchException if the value does not match the type
     */
    public static String print(ValueType type, Val val) {
        ValTypeChecker.check(type, val);
        StringBuilder out = new StringBuilder();
        write(out, type, val);
        return out.toString();
    }

    /**
     * Prints a function's result the way {@code wasmtime run --invoke} does: the value itself, or {@code ()}
     * when the function has no result.
     */
    public static String printResult(Optional<ValueType> type, Optional<Val> val) {
        if (type.isEmpty()) {
            if (val.isPresent()) {
                throw new ValTypeMismatchException("function has no result, got " + ValTypeChecker.describe(val.get()));
            }
            return "()";
        }
        return print(type.get(), val.orElseThrow(() -> new ValTypeMismatchException(
                "missing result of type " + WaveTypeNames.display(type.get()))));
    }

    /** Prints arguments as a parenthesized list, {@code (1, "two")}. */
    public static String printArguments(FuncType func, List<Val> args) {
        if (args.size() != func.params().size()) {
            throw new ValTypeMismatchException("expected " + func.params().size() + " arguments, got " + args.size());
        }
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            ValueType t = func.params().get(i).type();
            try {
                ValTypeChecker.check(t, args.get(i));
            } catch (ValTypeMismatchException e) {
                throw new ValTypeMismatchException("argument `" + func.params().get(i).name() + "`: " + e.getMessage());
            }
            write(out, t, args.get(i));
        }
        return out.append(')').toString();
    }

    /** Whether a case or enum name must be written with a {@code %} prefix. */
    public static boolean isKeyword(String label) {
        return WaveLabels.KEYWORDS.contains(label);
    }

    /** Writes a value already checked against its type. */
    private static void write(StringBuilder out, ValueType type, Val val) {
        switch (type) {
            case PrimitiveType p -> writePrimitive(out, val);
            case ListType l -> writeSequence(out, '[', ']', l.element(), ((ListVal) val).elements());
            case FixedListType l -> writeSequence(out, '[', ']', l.element(), ((FixedListVal) val).elements());
            case MapType m -> writeMap(out, m, (MapVal) val);
            case TupleType t -> writeTuple(out, t.elements(), ((TupleVal) val).elements());
            case RecordType r -> writeRecord(out, r, (RecordVal) val);
            case VariantType v -> writeVariant(out, v, (VariantVal) val);
            case EnumType e -> writeLabel(out, ((EnumVal) val).caseName());
            case FlagsType f -> writeFlags(out, f, (FlagsVal) val);
            case OptionType o -> writeCase(out, ((OptionVal) val).value().isPresent() ? "some" : "none", o.some(),
                    ((OptionVal) val).value());
            case ResultType r -> writeResult(out, r, (ResultVal) val);
            case OwnType o -> writeResource(out, (ResourceVal) val);
            case BorrowType b -> writeResource(out, (ResourceVal) val);
            case StreamType s -> throw new ValTypeMismatchException("streams have no WAVE form");
            case FutureType f -> throw new ValTypeMismatchException("futures have no WAVE form");
        }
    }

    private static void writePrimitive(StringBuilder out, Val val) {
        switch (val) {
            case BoolVal v -> out.append(v.value());
            case S8Val v -> out.append(v.value());
            case U8Val v -> out.append(v.value());
            case S16Val v -> out.append(v.value());
            case U16Val v -> out.append(v.value());
            case S32Val v -> out.append(v.value());
            case U32Val v -> out.append(v.value());
            case S64Val v -> out.append(v.value());
            case U64Val v -> out.append(Long.toUnsignedString(v.bits()));
            case F32Val v -> out.append(WaveFloatFormat.f32(v.value()));
            case F64Val v -> out.append(WaveFloatFormat.f64(v.value()));
            case CharVal v -> {
                out.append('\'');
                WaveTextEscaper.append(out, v.codePoint());
                out.append('\'');
            }
            case StringVal v -> {
                out.append('"');
                v.value().codePoints().forEach(c -> WaveTextEscaper.append(out, c));
                out.append('"');
            }
            case ListVal v -> throw notPrimitive(val);
            case FixedListVal v -> throw notPrimitive(val);
            case RecordVal v -> throw notPrimitive(val);
            case TupleVal v -> throw notPrimitive(val);
            case VariantVal v -> throw notPrimitive(val);
            case EnumVal v -> throw notPrimitive(val);
            case OptionVal v -> throw notPrimitive(val);
            case ResultVal v -> throw notPrimitive(val);
            case FlagsVal v -> throw notPrimitive(val);
            case MapVal v -> throw notPrimitive(val);
            case ResourceVal v -> throw notPrimitive(val);
            case AsyncVal v -> throw notPrimitive(val);
        }
    }

    private static ValTypeMismatchException notPrimitive(Val val) {
        return new ValTypeMismatchException("expected a primitive value, got " + ValTypeChecker.describe(val));
    }

    private static void writeSequence(StringBuilder out, char open, char close, ValueType element, List<Val> vals) {
        out.append(open);
        for (int i = 0; i < vals.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(out, element, vals.get(i));
        }
        out.append(close);
    }

    private static void writeTuple(StringBuilder out, List<ValueType> types, List<Val> vals) {
        out.append('(');
        for (int i = 0; i < vals.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(out, types.get(i), vals.get(i));
        }
        out.append(')');
    }

    private static void writeMap(StringBuilder out, MapType type, MapVal val) {
        out.append('[');
        List<ValueType> pair = List.of(type.key(), type.value());
        for (int i = 0; i < val.entries().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            MapVal.Entry e = val.entries().get(i);
            writeTuple(out, pair, List.of(e.key(), e.value()));
        }
        out.append(']');
    }

    private static void writeRecord(StringBuilder out, RecordType type, RecordVal val) {
        out.append('{');
        boolean first = true;
        for (int i = 0; i < type.fields().size(); i++) {
            Val v = val.fields().get(i).value();
            if (v instanceof OptionVal o && o.value().isEmpty()) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(type.fields().get(i).name()).append(": ");
            write(out, type.fields().get(i).type(), v);
        }
        if (first) {
            out.append(':');
        }
        out.append('}');
    }

    private static void writeVariant(StringBuilder out, VariantType type, VariantVal val) {
        for (VariantType.Case c : type.cases()) {
            if (c.name().equals(val.caseName())) {
                writeLabel(out, c.name());
                if (c.payload().isPresent() && val.payload().isPresent()) {
                    out.append('(');
                    write(out, c.payload().get(), val.payload().get());
                    out.append(')');
                }
                return;
            }
        }
    }

    private static void writeResult(StringBuilder out, ResultType type, ResultVal val) {
        Optional<ValueType> payloadType = val.isOk() ? type.ok() : type.err();
        out.append(val.isOk() ? "ok" : "err");
        if (payloadType.isPresent() && val.payload().isPresent()) {
            out.append('(');
            write(out, payloadType.get(), val.payload().get());
            out.append(')');
        }
    }

    private static void writeCase(StringBuilder out, String name, ValueType payloadType, Optional<Val> payload) {
        out.append(name);
        if (payload.isPresent()) {
            out.append('(');
            write(out, payloadType, payload.get());
            out.append(')');
        }
    }

    private static void writeFlags(StringBuilder out, FlagsType type, FlagsVal val) {
        out.append('{');
        boolean first = true;
        for (String name : type.names()) {
            if (val.set().contains(name)) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(name);
            }
        }
        out.append('}');
    }

    private static void writeLabel(StringBuilder out, String name) {
        if (isKeyword(name)) {
            out.append('%');
        }
        out.append(name);
    }

    private static void writeResource(StringBuilder out, ResourceVal val) {
        out.append('<').append(val.owned() ? "own " : "borrow ").append(val.handle().type().displayName()).append('>');
    }
}
