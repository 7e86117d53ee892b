package dev.weft.conformance.wast;

import dev.weft.value.Val;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One top-level directive of a {@code .wast} script, with the line it starts on. */
public sealed interface Directive {

    int line();

    DirectiveKind kind();

    /**
     * {@code (component …)} / {@code (module …)}: define and instantiate; with {@code definition} only define.
     */
    record Define(ModuleForm form, boolean definitionOnly, int line) implements Directive {
        public Define {
            Objects.requireNonNull(form, "form");
        }

        @Override
        public DirectiveKind kind() {
            return switch (form.kind()) {
                case COMPONENT -> definitionOnly ? DirectiveKind.COMPONENT_DEFINITION : DirectiveKind.COMPONENT;
                case MODULE -> definitionOnly ? DirectiveKind.MODULE_DEFINITION : DirectiveKind.MODULE;
            };
        }
    }

    /** {@code (component instance $instance? $definition?)}: instantiate an earlier definition. */
    record Instance(FormKind formKind, Optional<String> instance, Optional<String> definition, int line)
            implements Directive {
        public Instance {
            Objects.requireNonNull(formKind, "formKind");
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(definition, "definition");
        }

        @Override
        public DirectiveKind kind() {
            return switch (formKind) {
                case COMPONENT -> DirectiveKind.COMPONENT_INSTANCE;
                case MODULE -> DirectiveKind.MODULE_INSTANCE;
            };
        }
    }

    /** {@code (assert_invalid form "message")}: the form decodes but must fail validation. */
    record AssertInvalid(ModuleForm form, String message, int line) implements Directive {
        public AssertInvalid {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public DirectiveKind kind() {
            return DirectiveKind.ASSERT_INVALID;
        }
    }

    /** {@code (assert_malformed form "message")}: the form must fail to decode (or, for text, to parse). */
    record AssertMalformed(ModuleForm form, String message, int line) implements Directive {
        public AssertMalformed {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public DirectiveKind kind() {
            return DirectiveKind.ASSERT_MALFORMED;
        }
    }

    /** {@code (assert_unlinkable form "message")}: the form is valid but instantiating it must fail to link. */
    record AssertUnlinkable(ModuleForm form, String message, int line) implements Directive {
        public AssertUnlinkable {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public DirectiveKind kind() {
            return DirectiveKind.ASSERT_UNLINKABLE;
        }
    }

    /** {@code (assert_return action result*)}. */
    record AssertReturn(Action action, List<Val> expected, int line) implements Directive {
        public AssertReturn {
            Objects.requireNonNull(action, "action");
            expected = List.copyOf(expected);
        }

        @Override
        public DirectiveKind kind() {
            return DirectiveKind.ASSERT_RETURN;
        }
    }

    /** {@code (assert_trap action "message")}. */
    record AssertTrap(Action action, String message, int line) implements Directive {
        public AssertTrap {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public DirectiveKind kind() {
            return DirectiveKind.ASSERT_TRAP;
        }
    }

    /** {@code (assert_exhaustion (invoke …) "message")}. */
    record AssertExhaustion(Action.Invoke invoke, String message, int line) implements Directive {
        public AssertExhaustion {
            Objects.requireNonNull(invoke, "invoke");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public DirectiveKind kind() {
            return DirectiveKind.ASSERT_EXHAUSTION;
        }
    }

    /** {@code (register "name" $instance?)}: make an instance importable under a name. */
    record Register(String name, Optional<String> instance, int line) implements Directive {
        public Register {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(instance, "instance");
        }

        @Override
        public DirectiveKind kind() {
            return DirectiveKind.REGISTER;
        }
    }

    /** A bare {@code (invoke …)}: the call must not trap; results are ignored. */
    record Invoke(Action.Invoke invoke, int line) implements Directive {
        public Invoke {
            Objects.requireNonNull(invoke, "invoke");
        }

        @Override
        public DirectiveKind kind() {
            return DirectiveKind.INVOKE;
        }
    }

    /** A directive whose keyword the harness does not know. */
    record Unknown(String keyword, int line) implements Directive {
        public Unknown {
            Objects.requireNonNull(keyword, "keyword");
        }

        @Override
        public DirectiveKind kind() {
            return DirectiveKind.OTHER;
        }
    }

    /** A directive whose keyword is known but whose shape could not be read; {@code problem} says why. */
    record Unreadable(DirectiveKind kind, String problem, int line) implements Directive {
        public Unreadable {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(problem, "problem");
        }
    }
}
