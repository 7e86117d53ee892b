package dev.weft.conformance.run;

import dev.weft.conformance.wast.Action;
import dev.weft.conformance.wast.Directive;
import dev.weft.conformance.wast.ValueConstPrinter;
import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import dev.weft.error.WeftException;
import dev.weft.value.Val;
import java.util.List;

/**
 * The runtime half of the harness: drives a {@link ScriptSession} and judges what it does. The kind of error
 * decides; a message that differs from the script's text is only noted (Weft words its errors its own way).
 */
final class ExecutionChecks {
    private final ValidationChecks validation;
    private final ScriptSession session;

    ExecutionChecks(ValidationChecks validation, ScriptSession session) {
        this.validation = validation;
        this.session = session;
    }

    /** A {@code (component …)} form that already passed validation. */
    Outcome define(Directive.Define directive, byte[] binary) {
        Attempt<Boolean> attempt = directive.definitionOnly()
                ? Attempt.ofVoid(() -> session.define(directive.form().id(), binary))
                : Attempt.ofVoid(() -> session.instantiate(directive.form().id(), binary));
        return succeeds(attempt, directive.definitionOnly() ? "is defined" : "instantiates");
    }

    Outcome instance(Directive.Instance directive) {
        return succeeds(Attempt.ofVoid(() -> session.instantiateDefinition(directive.instance(),
                directive.definition())), "instantiates");
    }

    Outcome register(Directive.Register directive) {
        return succeeds(Attempt.ofVoid(() -> session.register(directive.name(), directive.instance())),
                "registers");
    }

    Outcome invoke(Directive.Invoke directive) {
        return succeeds(Attempt.of(() -> session.invoke(directive.invoke())), "returns");
    }

    Outcome assertReturn(Directive.AssertReturn directive) {
        return switch (directive.action()) {
            case Action.Invoke invoke -> {
                String expected = "returns " + ValueConstPrinter.print(directive.expected());
                yield switch (Attempt.of(() -> session.invoke(invoke))) {
                    case Attempt.Returned<List<Val>> returned -> ValueMatcher.matches(directive.expected(),
                            returned.value())
                            ? Outcome.passed()
                            : new Outcome.Failed(expected, "returned " + ValueConstPrinter.print(returned.value()));
                    case Attempt.Threw<List<Val>> threw ->
                            new Outcome.Failed(expected, Failures.describe(threw.error()));
                    case Attempt.Declined<List<Val>> declined -> new Outcome.Skipped(declined.reason());
                    case Attempt.Crashed<List<Val>> crashed -> new Outcome.Failed(expected,
                            Failures.describe(crashed.crash()));
                };
            }
            case Action.Instantiate instantiate -> instantiateExpecting(instantiate, null, "instantiates", "");
            case Action.Get get -> new Outcome.Skipped("`get` reads core-module globals; not used with components");
        };
    }

    Outcome assertTrap(Directive.AssertTrap directive) {
        String expected = "Trap (\"" + directive.message() + "\")";
        return switch (directive.action()) {
            case Action.Invoke invoke -> expectError(Attempt.of(() -> session.invoke(invoke)), Trap.class, expected,
                    directive.message());
            case Action.Instantiate instantiate -> instantiateExpecting(instantiate, Trap.class, expected,
                    directive.message());
            case Action.Get get -> new Outcome.Skipped("`get` reads core-module globals; not used with components");
        };
    }

    Outcome assertUnlinkable(Directive.AssertUnlinkable directive) {
        return instantiateExpecting(new Action.Instantiate(directive.form()), LinkException.class,
                "LinkException (\"" + directive.message() + "\")", directive.message());
    }

    Outcome assertExhaustion(Directive.AssertExhaustion directive) {
        return expectError(Attempt.of(() -> session.invoke(directive.invoke())), Trap.class,
                "Trap from resource exhaustion (\"" + directive.message() + "\")", directive.message());
    }

    /** Validates then instantiates; {@code error} null means success is expected. */
    private Outcome instantiateExpecting(Action.Instantiate instantiate, Class<? extends WeftException> error,
                                         String expected, String scriptMessage) {
        return switch (validation.requireValid(instantiate.form())) {
            case Prepared.Stop stop -> stop.outcome();
            case Prepared.Ready ready -> {
                Attempt<Boolean> attempt = Attempt.ofVoid(() -> session.instantiate(instantiate.form().id(),
                        ready.binary()));
                yield error == null ? succeeds(attempt, expected)
                        : expectError(attempt, error, expected, scriptMessage);
            }
        };
    }

    private static <T> Outcome succeeds(Attempt<T> attempt, String expected) {
        return switch (attempt) {
            case Attempt.Returned<T> returned -> Outcome.passed();
            case Attempt.Threw<T> threw -> new Outcome.Failed(expected, Failures.describe(threw.error()));
            case Attempt.Declined<T> declined -> new Outcome.Skipped(declined.reason());
            case Attempt.Crashed<T> crashed -> new Outcome.Failed(expected, Failures.describe(crashed.crash()));
        };
    }

    private static <T> Outcome expectError(Attempt<T> attempt, Class<? extends WeftException> error,
                                           String expected, String scriptMessage) {
        return switch (attempt) {
            case Attempt.Returned<T> returned -> new Outcome.Failed(expected, "returned normally");
            case Attempt.Threw<T> threw -> error.isInstance(threw.error())
                    ? Outcome.passedWithError(scriptMessage, threw.error())
                    : new Outcome.Failed(expected, Failures.describe(threw.error()));
            case Attempt.Declined<T> declined -> new Outcome.Skipped(declined.reason());
            case Attempt.Crashed<T> crashed -> new Outcome.Failed(expected, Failures.describe(crashed.crash()));
        };
    }
}
