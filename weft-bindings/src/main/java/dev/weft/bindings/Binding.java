package dev.weft.bindings;

import dev.weft.component.Component;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.NamedExtern;
import dev.weft.error.LinkException;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.ComponentInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a component against the functions generated bindings expect, and looks up typed exports (used by
 * generated code). A mismatch is a {@link LinkException} that names the function with the expected and the
 * actual type.
 */
public final class Binding {
    private Binding() {
    }

    /**
     * Checks every expected export (it must exist with exactly the expected type) and every function the
     * component imports from the world's imports (each must be one the bindings provide, with the expected type).
     */
    public static void check(Component component, List<Expected> imports, List<Expected> exports)
            throws LinkException {
        List<String> problems = new ArrayList<>();
        for (Expected e : exports) {
            Optional<ExternType> actual = find(component.exports(), e);
            if (actual.isEmpty()) {
                problems.add(e.where() + ": the component does not export it (expected " + e.signature() + ")");
            } else {
                compare(e, actual.get(), "exports", problems);
            }
        }
        for (NamedExtern imp : component.imports()) {
            List<Expected> inInstance = imports.stream().filter(e -> e.instance().equals(imp.name())).toList();
            if (imp.type() instanceof InstanceType instance && !inInstance.isEmpty()) {
                for (NamedExtern member : instance.exports()) {
                    if (member.type() instanceof FuncType) {
                        Optional<Expected> e = inInstance.stream()
                                .filter(x -> x.function().equals(member.name())).findFirst();
                        if (e.isEmpty()) {
                            problems.add(imp.name() + "#" + member.name()
                                    + ": the component imports it, but the bindings' world does not declare it");
                        } else {
                            compare(e.get(), member.type(), "imports", problems);
                        }
                    }
                }
            } else if (imp.type() instanceof FuncType) {
                imports.stream().filter(e -> e.instance().isEmpty() && e.function().equals(imp.name())).findFirst()
                        .ifPresent(e -> compare(e, imp.type(), "imports", problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new LinkException("component does not match the generated bindings: "
                    + String.join("; ", problems));
        }
    }

    private static Optional<ExternType> find(List<NamedExtern> externs, Expected e) {
        if (e.instance().isEmpty()) {
            return externs.stream().filter(x -> x.name().equals(e.function())).map(NamedExtern::type).findFirst();
        }
        return externs.stream().filter(x -> x.name().equals(e.instance())).map(NamedExtern::type)
                .filter(InstanceType.class::isInstance).map(InstanceType.class::cast)
                .flatMap(i -> i.export(e.function()).stream()).findFirst();
    }

    private static void compare(Expected e, ExternType actual, String verb, List<String> problems) {
        if (!(actual instanceof FuncType f)) {
            problems.add(e.where() + ": the component " + verb + " it as something other than a function");
            return;
        }
        String signature = Signatures.of(f);
        if (!signature.equals(e.signature())) {
            problems.add(e.where() + ": expected " + e.signature() + ", but the component " + verb + " "
                    + signature);
        }
    }

    /** The exported instance {@code name} of {@code root}. */
    public static ComponentInstance instance(ComponentInstance root, String name) throws LinkException {
        return root.instance(name).orElseThrow(
                () -> new LinkException(name + ": the component instance does not export this interface"));
    }

    /** The exported function {@code e.function()} of {@code instance}, checked against {@code e}'s signature. */
    public static ComponentFunction function(ComponentInstance instance, Expected e) throws LinkException {
        ComponentFunction f = instance.function(e.function()).orElseThrow(() -> new LinkException(
                e.where() + ": the component does not export it (expected " + e.signature() + ")"));
        String signature = Signatures.of(f.type());
        if (!signature.equals(e.signature())) {
            throw new LinkException(e.where() + ": expected " + e.signature() + ", but the component exports "
                    + signature);
        }
        return f;
    }
}
