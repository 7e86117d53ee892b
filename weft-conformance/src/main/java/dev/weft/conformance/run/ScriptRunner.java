package dev.weft.conformance.run;

import dev.weft.conformance.wast.Directive;
import dev.weft.conformance.wast.WastScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the directives of one script in order and records a {@link CaseResult} for each. */
final class ScriptRunner {
    private final ValidationChecks validation;
    private final Optional<ScriptExecutor> executor;
    private final SkipPolicy policy;

    ScriptRunner(ValidationChecks validation, Optional<ScriptExecutor> executor, SkipPolicy policy) {
        this.validation = validation;
        this.executor = executor;
        this.policy = policy;
    }

    List<CaseResult> run(ScriptFile file, WastScript script, Optional<String> skipReason) {
        CaseIds ids = new CaseIds(file.id());
        List<CaseResult> results = new ArrayList<>(script.directives().size());
        if (skipReason.isPresent()) {
            for (Directive directive : script.directives()) {
                results.add(ids.result(directive, new Outcome.Skipped(skipReason.get())));
            }
            return results;
        }
        Optional<ScriptSession> session = executor.map(e -> e.open(file.id()));
        try {
            Optional<ExecutionChecks> execution = session.map(s -> new ExecutionChecks(validation, s));
            for (Directive directive : script.directives()) {
                Outcome outcome = policy.skipReason(file.id(), directive).<Outcome>map(Outcome.Skipped::new)
                        .orElseGet(() -> outcome(directive, execution));
                results.add(ids.result(directive, outcome));
            }
        } finally {
            session.ifPresent(ScriptSession::close);
        }
        return results;
    }

    private Outcome outcome(Directive directive, Optional<ExecutionChecks> execution) {
        return switch (directive) {
            case Directive.Define define -> switch (validation.requireValid(define.form())) {
                case Prepared.Stop stop -> stop.outcome();
                case Prepared.Ready ready -> execution.map(e -> e.define(define, ready.binary()))
                        .orElse(Outcome.passed());
            };
            case Directive.AssertInvalid invalid -> validation.expectInvalid(invalid);
            case Directive.AssertMalformed malformed -> validation.expectMalformed(malformed);
            case Directive.Instance instance ->
                    execution.map(e -> e.instance(instance)).orElse(needsRuntime(directive));
            case Directive.Register register ->
                    execution.map(e -> e.register(register)).orElse(needsRuntime(directive));
            case Directive.Invoke invoke -> execution.map(e -> e.invoke(invoke)).orElse(needsRuntime(directive));
            case Directive.AssertReturn ret -> execution.map(e -> e.assertReturn(ret)).orElse(needsRuntime(directive));
            case Directive.AssertTrap trap -> execution.map(e -> e.assertTrap(trap)).orElse(needsRuntime(directive));
            case Directive.AssertUnlinkable unlinkable ->
                    execution.map(e -> e.assertUnlinkable(unlinkable)).orElse(needsRuntime(directive));
            case Directive.AssertExhaustion exhaustion ->
                    execution.map(e -> e.assertExhaustion(exhaustion)).orElse(needsRuntime(directive));
            case Directive.Unknown unknown -> new Outcome.Skipped(
                    "directive `" + unknown.keyword() + "` is not supported by the harness");
            case Directive.Unreadable unreadable -> new Outcome.Failed(
                    "a readable `" + unreadable.kind().spelling() + "` directive", "harness: " + unreadable.problem());
        };
    }

    private static Outcome needsRuntime(Directive directive) {
        return new Outcome.Skipped("`" + directive.kind().spelling() + "` needs the runtime (no executor yet)");
    }

    /** Builds case ids {@code <script>:<line>}, adding {@code #2}, {@code #3}, … for repeats on one line. */
    private static final class CaseIds {
        private final String script;
        private final Map<Integer, Integer> seen = new HashMap<>();

        CaseIds(String script) {
            this.script = script;
        }

        CaseResult result(Directive directive, Outcome outcome) {
            int count = seen.merge(directive.line(), 1, Integer::sum);
            String id = script + ":" + directive.line() + (count > 1 ? "#" + count : "");
            return new CaseResult(id, script, directive.line(), directive.kind(), outcome);
        }
    }
}
