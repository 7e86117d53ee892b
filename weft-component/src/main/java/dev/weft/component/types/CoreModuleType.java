package dev.weft.component.types;

import java.util.List;
import java.util.Optional;

/** The type of a core module: its imports (two-level names) and exports, in order. */
public record CoreModuleType(List<Import> imports, List<Export> exports)
        implements ExternType, CoreTypeDefinition {
    public CoreModuleType {
        imports = List.copyOf(imports);
        exports = List.copyOf(exports);
    }

    public Optional<CoreExternType> export(String name) {
        return exports.stream().filter(e -> e.name().equals(name)).map(Export::type).findFirst();
    }

    public record Import(String module, String name, CoreExternType type) {
    }

    public record Export(String name, CoreExternType type) {
    }
}
