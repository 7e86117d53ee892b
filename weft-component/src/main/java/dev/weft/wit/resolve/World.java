package dev.weft.wit.resolve;

import java.util.List;
import java.util.Optional;

/**
 * A world after {@code include}s are merged and interfaces needed by imported or exported interfaces are added
 * as imports (elaboration, WIT.md "Transitive imports and worlds").
 */
public record World(PackageName pkg, String name, List<WorldItem> imports, List<WorldItem> exports,
        Stability stability, String docs) {
    public World {
        imports = List.copyOf(imports);
        exports = List.copyOf(exports);
    }

    /**
     * The import order used by resolved and decoded worlds (and by wit-component's printer): interfaces first,
     * then types, then functions; each group keeps its relative order.
     */
    public static List<WorldItem> canonicalImportOrder(List<WorldItem> imports) {
        List<WorldItem> out = new java.util.ArrayList<>();
        imports.stream().filter(i -> i instanceof WorldItem.InterfaceItem || i instanceof WorldItem.InlineInterface)
                .forEach(out::add);
        imports.stream().filter(i -> i instanceof WorldItem.TypeItem).forEach(out::add);
        imports.stream().filter(i -> i instanceof WorldItem.FunctionItem).forEach(out::add);
        return out;
    }

    public Optional<WorldItem> importNamed(String externName) {
        return imports.stream().filter(i -> i.externName().equals(externName)).findFirst();
    }

    public Optional<WorldItem> exportNamed(String externName) {
        return exports.stream().filter(i -> i.externName().equals(externName)).findFirst();
    }
}
