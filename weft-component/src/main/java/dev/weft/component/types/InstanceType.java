package dev.weft.component.types;

import java.util.List;
import java.util.Optional;

/** The type of a component instance: its exports in order. */
public record InstanceType(List<NamedExtern> exports) implements ExternType, TypeDefinition {
    public InstanceType {
        exports = List.copyOf(exports);
    }

    public Optional<ExternType> export(String name) {
        return exports.stream().filter(e -> e.name().equals(name)).map(NamedExtern::type).findFirst();
    }
}
