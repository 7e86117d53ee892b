package dev.weft.wit.resolve;

import java.util.List;
import java.util.Optional;

/**
 * An interface: its type definitions (including {@code use}d names, in source order) and freestanding
 * functions. Resource functions live in their {@link TypeDefKind.Resource}.
 */
public record Interface(InterfaceRef ref, List<TypeDef> types, List<Function> functions, Stability stability,
        String docs) {
    public Interface {
        types = List.copyOf(types);
        functions = List.copyOf(functions);
    }

    public Optional<TypeDef> type(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Function> function(String name) {
        return functions.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Freestanding and resource functions, in definition order (resource functions after their resource). */
    public List<Function> allFunctions() {
        List<Function> out = new java.util.ArrayList<>();
        for (TypeDef t : types) {
            if (t.kind() instanceof TypeDefKind.Resource r) {
                out.addAll(r.functions());
            }
        }
        out.addAll(functions);
        return out;
    }

    /** A function by its component-level name: {@code f}, {@code [method]r.m}, {@code [constructor]r}, ... */
    public Optional<Function> functionByExternName(String externName) {
        return allFunctions().stream().filter(f -> f.externName().equals(externName)).findFirst();
    }
}
