package dev.weft.conformance.run;

import dev.weft.conformance.convert.Conversion;
import dev.weft.conformance.wast.Directive;
import dev.weft.conformance.wast.FormKind;
import dev.weft.conformance.wast.ModuleForm;
import dev.weft.conformance.wast.QuoteForm;
import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;

/**
 * The decode-and-validate half of the harness.
 *
 * <p>{@code assert_invalid} expects a {@link ValidationException}. Following wasm-tools' own wast runner (which
 * requires an {@code assert_invalid} binary to parse completely before validation must reject it), a
 * {@link DecodeException} there is a failure: the decoder rejected a binary that is well-formed.
 * {@code assert_malformed} expects a {@link DecodeException}; a {@link ValidationException} is a failure for the
 * same reason in reverse. An {@code assert_malformed} (or {@code assert_invalid}) form that the text parser itself
 * rejects never reaches Weft: it is skipped, since Weft reads binaries only.
 */
final class ValidationChecks {
    static final String TEXT_MALFORMATION = "text-format malformation: Weft reads binaries only";

    private final ComponentChecker checker;
    private final FormBinaries binaries;

    ValidationChecks(ComponentChecker checker, FormBinaries binaries) {
        this.checker = checker;
        this.binaries = binaries;
    }

    /** The form must be a component that decodes and validates. */
    Prepared requireValid(ModuleForm form) {
        if (form.kind() == FormKind.MODULE) {
            return new Prepared.Stop(new Outcome.Skipped("core module form: the harness runs components only"));
        }
        return switch (binaries.resolve(form)) {
            case Conversion.Rejected rejected -> new Prepared.Stop(new Outcome.Skipped(
                    "jco's text parser rejects this form: " + rejected.message()));
            case Conversion.Converted converted -> check(converted.bytes());
        };
    }

    private Prepared check(byte[] binary) {
        try {
            checker.check(binary);
            return new Prepared.Ready(binary);
        } catch (DecodeException | ValidationException | RuntimeException | StackOverflowError
                 | OutOfMemoryError e) {
            return new Prepared.Stop(new Outcome.Failed("decodes and validates", Failures.describe(e)));
        }
    }

    Outcome expectInvalid(Directive.AssertInvalid directive) {
        ModuleForm form = directive.form();
        if (form.kind() == FormKind.MODULE) {
            return new Outcome.Skipped("core module form: the harness runs components only");
        }
        String expected = "ValidationException (\"" + directive.message() + "\")";
        return switch (binaries.resolve(form)) {
            case Conversion.Rejected rejected -> new Outcome.Skipped(
                    "text parser rejects the form (" + rejected.message() + "); Weft reads binaries only");
            case Conversion.Converted converted -> {
                try {
                    checker.check(converted.bytes());
                    yield new Outcome.Failed(expected, "decoded and validated");
                } catch (ValidationException e) {
                    yield Outcome.passedWithError(directive.message(), e);
                } catch (DecodeException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    yield new Outcome.Failed(expected, Failures.describe(e));
                }
            }
        };
    }

    Outcome expectMalformed(Directive.AssertMalformed directive) {
        ModuleForm form = directive.form();
        if (form.kind() == FormKind.MODULE) {
            return new Outcome.Skipped("core module form: the harness runs components only");
        }
        String expected = "DecodeException (\"" + directive.message() + "\")";
        return switch (binaries.resolve(form)) {
            case Conversion.Rejected rejected -> new Outcome.Skipped(TEXT_MALFORMATION
                    + (form instanceof QuoteForm ? "" : " (" + rejected.message() + ")"));
            case Conversion.Converted converted -> {
                try {
                    checker.check(converted.bytes());
                    yield new Outcome.Failed(expected, "decoded and validated");
                } catch (DecodeException e) {
                    yield Outcome.passedWithError(directive.message(), e);
                } catch (ValidationException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    yield new Outcome.Failed(expected, Failures.describe(e));
                }
            }
        };
    }
}
