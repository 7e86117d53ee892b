package dev.weft.wave;

import java.util.List;
import java.util.Optional;

/**
 * A WAVE value as written, before it is read against a type (wasm-wave's {@code UntypedValue}). Bool, variant,
 * enum, option and result forms cannot be told apart without a type, so labels stay labels here.
 * Every node knows its source span.
 */
public sealed interface UntypedValue {
    WaveSpan span();

    /** A short description for error messages, e.g. {@code "string literal"} or {@code "label `red`"}. */
    String describe();

    /** {@code true} or {@code false}. */
    record BoolNode(boolean value, WaveSpan span) implements UntypedValue {
        public String describe() {
            return "`" + value + "`";
        }
    }

    /** A number as written, including {@code nan}, {@code inf} and {@code -inf}. */
    record NumberNode(String text, WaveSpan span) implements UntypedValue {
        public String describe() {
            return "number `" + text + "`";
        }
    }

    /** A char literal, decoded. */
    record CharNode(int codePoint, WaveSpan span) implements UntypedValue {
        public String describe() {
            return "char literal";
        }
    }

    /** A string literal (single or multiline), decoded. */
    record StringNode(String value, WaveSpan span) implements UntypedValue {
        public String describe() {
            return "string literal";
        }
    }

    /** {@code (a, b, …)}; never empty. */
    record TupleNode(List<UntypedValue> elements, WaveSpan span) implements UntypedValue {
        public TupleNode {
            elements = List.copyOf(elements);
        }

        public String describe() {
            return "tuple";
        }
    }

    /** {@code [a, b, …]}. */
    record ListNode(List<UntypedValue> elements, WaveSpan span) implements UntypedValue {
        public ListNode {
            elements = List.copyOf(elements);
        }

        public String describe() {
            return "list";
        }
    }

    /** {@code {name: value, …}} or the empty record {@code {:}}; field names are unique. */
    record RecordNode(List<FieldNode> fields, WaveSpan span) implements UntypedValue {
        public RecordNode {
            fields = List.copyOf(fields);
        }

        public String describe() {
            return fields.isEmpty() ? "empty record `{:}`" : "record";
        }
    }

    /** One record entry. */
    record FieldNode(LabelNode label, UntypedValue value) {
    }

    /**
     * A label in value position: an enum case or a variant case without payload. {@code name} has no {@code %}
     * prefix; {@code escaped} tells whether one was written.
     */
    record LabelNode(String name, boolean escaped, WaveSpan span) implements UntypedValue {
        public String describe() {
            return "label `" + (escaped ? "%" : "") + name + "`";
        }
    }

    /** A variant case with payload, {@code case(payload)}. */
    record VariantNode(LabelNode label, UntypedValue payload, WaveSpan span) implements UntypedValue {
        public String describe() {
            return "variant case `" + label.name() + "(…)`";
        }
    }

    /** {@code some(payload)}. */
    record SomeNode(UntypedValue payload, WaveSpan span) implements UntypedValue {
        public String describe() {
            return "`some(…)`";
        }
    }

    /** {@code none}. */
    record NoneNode(WaveSpan span) implements UntypedValue {
        public String describe() {
            return "`none`";
        }
    }

    /** {@code ok} or {@code ok(payload)}. */
    record OkNode(Optional<UntypedValue> payload, WaveSpan span) implements UntypedValue {
        public String describe() {
            return payload.isPresent() ? "`ok(…)`" : "`ok`";
        }
    }

    /** {@code err} or {@code err(payload)}. */
    record ErrNode(Optional<UntypedValue> payload, WaveSpan span) implements UntypedValue {
        public String describe() {
            return payload.isPresent() ? "`err(…)`" : "`err`";
        }
    }

    /** {@code {a, b, …}} or the empty {@code {}}; flag names are unique. */
    record FlagsNode(List<LabelNode> flags, WaveSpan span) implements UntypedValue {
        public FlagsNode {
            flags = List.copyOf(flags);
        }

        public String describe() {
            return flags.isEmpty() ? "empty flags `{}`" : "flags";
        }
    }
}
