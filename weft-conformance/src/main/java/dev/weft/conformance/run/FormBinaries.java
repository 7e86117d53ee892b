package dev.weft.conformance.run;

import dev.weft.conformance.convert.Conversion;
import dev.weft.conformance.wast.Action;
import dev.weft.conformance.wast.BinaryForm;
import dev.weft.conformance.wast.Directive;
import dev.weft.conformance.wast.ModuleForm;
import dev.weft.conformance.wast.QuoteForm;
import dev.weft.conformance.wast.TextForm;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The binary of every form of a run: bytes of {@code binary} forms as written, text forms as converted. */
final class FormBinaries {
    private final Map<String, Conversion> conversions;

    FormBinaries(Map<String, Conversion> conversions) {
        this.conversions = Map.copyOf(conversions);
    }

    Conversion resolve(ModuleForm form) {
        return switch (form) {
            case BinaryForm binary -> new Conversion.Converted(binary.bytes());
            case TextForm text -> converted(text.text());
            case QuoteForm quote -> converted(quote.text());
        };
    }

    private Conversion converted(String text) {
        Conversion conversion = conversions.get(text);
        if (conversion == null) {
            throw new IllegalStateException("form was not converted before the run: " + text.substring(0,
                    Math.min(60, text.length())));
        }
        return conversion;
    }

    /** The texts a directive needs converted. */
    static List<String> textsOf(Directive directive) {
        Optional<ModuleForm> form = switch (directive) {
            case Directive.Define define -> Optional.of(define.form());
            case Directive.AssertInvalid invalid -> Optional.of(invalid.form());
            case Directive.AssertMalformed malformed -> Optional.of(malformed.form());
            case Directive.AssertUnlinkable unlinkable -> Optional.of(unlinkable.form());
            case Directive.AssertReturn ret -> formOf(ret.action());
            case Directive.AssertTrap trap -> formOf(trap.action());
            case Directive.Instance i -> Optional.empty();
            case Directive.AssertExhaustion e -> Optional.empty();
            case Directive.Register r -> Optional.empty();
            case Directive.Invoke i -> Optional.empty();
            case Directive.Unknown u -> Optional.empty();
            case Directive.Unreadable u -> Optional.empty();
        };
        return form.flatMap(FormBinaries::textOf).stream().toList();
    }

    private static Optional<ModuleForm> formOf(Action action) {
        return action instanceof Action.Instantiate instantiate ? Optional.of(instantiate.form()) : Optional.empty();
    }

    private static Optional<String> textOf(ModuleForm form) {
        return switch (form) {
            case BinaryForm binary -> Optional.empty();
            case TextForm text -> Optional.of(text.text());
            case QuoteForm quote -> Optional.of(quote.text());
        };
    }
}
