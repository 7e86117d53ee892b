package dev.weft.component.types;

import java.util.List;
import java.util.Optional;

/**
 * The type of a component: its imports and exports in order. Resources bound by {@code (sub resource)} imports
 * are universally quantified (an instantiation substitutes them); those bound by {@code (sub resource)} exports are
 * existential (each instantiation creates fresh ones).
 */
public record ComponentType(List<NamedExtern> imports, List<NamedExtern> exports)
        implements ExternType, TypeDefinition {
    public ComponentType {
        imports = List.copyOf(imports);
        exports = List.copyOf(exports);
    }

    public Optional<ExternType> importType(String name) {
        return imports.stream().filter(e -> e.name().equals(name)).map(NamedExtern::type).findFirst();
    }

    public Optional<ExternType> exportType(String name) {
        return exports.stream().filter(e -> e.name().equals(name)).map(NamedExtern::type).findFirst();
    }
}
