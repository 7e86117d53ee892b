package dev.weft.conformance.wast;

import dev.weft.conformance.sexpr.Span;
import java.util.Optional;

/**
 * A component or core module written in a script, in one of its three spellings: text, {@code quote} (text given
 * as strings) or {@code binary} (bytes given as strings).
 */
public sealed interface ModuleForm permits TextForm, QuoteForm, BinaryForm {

    FormKind kind();

    /** The {@code $id} the form names itself with, if any. */
    Optional<String> id();

    Span span();

    /** The spelling as written, for reports ("text", "quote", "binary"). */
    default String spelling() {
        return switch (this) {
            case TextForm text -> "text";
            case QuoteForm quote -> "quote";
            case BinaryForm binary -> "binary";
        };
    }
}
