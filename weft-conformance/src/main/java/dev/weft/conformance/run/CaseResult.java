package dev.weft.conformance.run;

import dev.weft.conformance.wast.DirectiveKind;
import java.util.Objects;

/**
 * The outcome of one directive. {@code id} is {@code <script>:<line>} (plus {@code #n} for a second directive on
 * the same line), e.g. {@code component-model/binary/binary.wast:7}; baselines store these ids.
 */
public record CaseResult(String id, String script, int line, DirectiveKind kind, Outcome outcome) {
    public CaseResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
    }

    public Outcome.Status status() {
        return outcome.status();
    }
}
