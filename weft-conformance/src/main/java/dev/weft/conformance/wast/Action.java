package dev.weft.conformance.wast;

import dev.weft.value.Val;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What an {@code assert_return} or {@code assert_trap} executes. */
public sealed interface Action {

    /** {@code (invoke $instance? "name" arg*)}: call an export of the named (or latest) instance. */
    record Invoke(Optional<String> instance, String name, List<Val> args) implements Action {
        public Invoke {
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(name, "name");
            args = List.copyOf(args);
        }
    }

    /** {@code (get $instance? "name")}: read an exported global (core scripts only). */
    record Get(Optional<String> instance, String name) implements Action {
        public Get {
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A component or module form to instantiate, e.g. {@code (assert_trap (component …) "msg")}. */
    record Instantiate(ModuleForm form) implements Action {
        public Instantiate {
            Objects.requireNonNull(form, "form");
        }
    }
}
