package dev.weft.wave;

import dev.weft.wave.UntypedValue.BoolNode;
import dev.weft.wave.UntypedValue.CharNode;
import dev.weft.wave.UntypedValue.ErrNode;
import dev.weft.wave.UntypedValue.FieldNode;
import dev.weft.wave.UntypedValue.FlagsNode;
import dev.weft.wave.UntypedValue.LabelNode;
import dev.weft.wave.UntypedValue.ListNode;
import dev.weft.wave.UntypedValue.NoneNode;
import dev.weft.wave.UntypedValue.NumberNode;
import dev.weft.wave.UntypedValue.OkNode;
import dev.weft.wave.UntypedValue.RecordNode;
import dev.weft.wave.UntypedValue.SomeNode;
import dev.weft.wave.UntypedValue.StringNode;
import dev.weft.wave.UntypedValue.TupleNode;
import dev.weft.wave.UntypedValue.VariantNode;
import java.util.List;
import java.util.Optional;

/**
 * Writes untyped values and calls back as WAVE text in normalized form (as wasm-wave's {@code Display} for
 * {@code UntypedValue}): numbers as written, strings and chars re-escaped, {@code , } separators, {@code {:}}
 * for the empty record, {@code %} before labels that are keywords.
 */
public final class UntypedValuePrinter {
    private UntypedValuePrinter() {
    }

    public static String print(UntypedValue value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    /** {@code name(arg, …)}. */
    public static String print(WaveCall call) {
        StringBuilder out = new StringBuilder(call.target().toString());
        sequence(out, '(', ')', call.arguments());
        return out.toString();
    }

    private static void write(StringBuilder out, UntypedValue value) {
        switch (value) {
            case BoolNode b -> out.append(b.value());
            case NumberNode n -> out.append(n.text());
            case CharNode c -> {
                out.append('\'');
                WaveTextEscaper.append(out, c.codePoint());
                out.append('\'');
            }
            case StringNode s -> {
                out.append('"');
                s.value().codePoints().forEach(c -> WaveTextEscaper.append(out, c));
                out.append('"');
            }
            case TupleNode t -> sequence(out, '(', ')', t.elements());
            case ListNode l -> sequence(out, '[', ']', l.elements());
            case RecordNode r -> record(out, r.fields());
            case LabelNode l -> label(out, l);
            case VariantNode v -> {
                label(out, v.label());
                payload(out, Optional.of(v.payload()));
            }
            case SomeNode s -> payload(out.append("some"), Optional.of(s.payload()));
            case NoneNode n -> out.append("none");
            case OkNode ok -> payload(out.append("ok"), ok.payload());
            case ErrNode err -> payload(out.append("err"), err.payload());
            case FlagsNode f -> {
                out.append('{');
                for (int i = 0; i < f.flags().size(); i++) {
                    out.append(i > 0 ? ", " : "").append(f.flags().get(i).name());
                }
                out.append('}');
            }
        }
    }

    private static void sequence(StringBuilder out, char open, char close, List<UntypedValue> elements) {
        out.append(open);
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(out, elements.get(i));
        }
        out.append(close);
    }

    private static void record(StringBuilder out, List<FieldNode> fields) {
        if (fields.isEmpty()) {
            out.append("{:}");
            return;
        }
        out.append('{');
        for (int i = 0; i < fields.size(); i++) {
            out.append(i > 0 ? ", " : "").append(fields.get(i).label().name()).append(": ");
            write(out, fields.get(i).value());
        }
        out.append('}');
    }

    private static void label(StringBuilder out, LabelNode label) {
        if (WaveLabels.KEYWORDS.contains(label.name())) {
            out.append('%');
        }
        out.append(label.name());
    }

    private static void payload(StringBuilder out, Optional<UntypedValue> payload) {
        if (payload.isPresent()) {
            out.append('(');
            write(out, payload.get());
            out.append(')');
        }
    }
}
