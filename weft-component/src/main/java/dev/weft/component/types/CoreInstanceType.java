package dev.weft.component.types;

import java.util.List;
import java.util.Optional;

/** The type of a core module instance: its exports in order. */
public record CoreInstanceType(List<CoreModuleType.Export> exports) {
    public CoreInstanceType {
        exports = List.copyOf(exports);
    }

    public Optional<CoreExternType> export(String name) {
        return exports.stream().filter(e -> e.name().equals(name)).map(CoreModuleType.Export::type).findFirst();
    }
}
