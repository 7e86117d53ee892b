package dev.weft.runtime;

import dev.weft.component.types.CoreModuleType;
import dev.weft.component.validate.EmptyImportNames;
import dev.weft.error.LinkException;
import dev.weft.runtime.engine.CoreExport;
import dev.weft.runtime.engine.CoreExternType;
import dev.weft.runtime.engine.CoreFuncType;
import dev.weft.runtime.engine.CoreImport;
import dev.weft.runtime.engine.CoreModule;
import dev.weft.runtime.engine.CoreValType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Checks a host core module against the core module type a component imports: the module must export every item
 * the type names (same kind; functions of the same type), and may import only what the type lists (the importer
 * supplies exactly those), as Wasmtime's linker checks.
 */
final class HostModules {
    private HostModules() {
    }

    static void check(String path, CoreModuleType expected, CoreModule actual) throws LinkException {
        for (CoreModuleType.Export export : expected.exports()) {
            Optional<CoreExport> found = actual.exports().stream()
                    .filter(e -> e.name().equals(export.name())).findFirst();
            if (found.isEmpty()) {
                throw new LinkException("import `" + path + "` (core module): the host's module has no export `"
                        + export.name() + "`");
            }
            if (!matches(export.type(), found.get().type(), true)) {
                throw new LinkException("import `" + path + "` (core module): export `" + export.name()
                        + "` is a " + found.get().type().kind() + " of another type than the import expects");
            }
        }
        for (CoreImport imported : actual.imports()) {
            // the engine sees an import named "" "" under a placeholder module name (EmptyImportNames)
            String module = EmptyImportNames.restore(imported.module());
            boolean listed = expected.imports().stream().anyMatch(i -> i.module().equals(module)
                    && i.name().equals(imported.name()) && matches(i.type(), imported.type(), false));
            if (!listed) {
                throw new LinkException("import `" + path + "` (core module): the host's module imports `"
                        + module + "." + imported.name() + "`, which the import's type does not provide");
            }
        }
    }

    /**
     * Whether the host module's item type {@code actual} fits {@code expected}: an export's limits must lie within
     * the expected ones ({@code actualIsSubtype}); an import's the other way round, since the importer supplies
     * an item of the expected type.
     */
    private static boolean matches(dev.weft.component.types.CoreExternType expected, CoreExternType actual,
                                   boolean actualIsSubtype) {
        return switch (expected) {
            case dev.weft.component.types.CoreFuncType f -> actual instanceof CoreFuncType a && funcType(f)
                    .map(a::equals).orElse(false);
            case dev.weft.component.types.CoreMemoryType m -> actual instanceof dev.weft.runtime.engine.CoreMemoryType a
                    && !m.memory64() && a.shared() == m.shared() && (actualIsSubtype
                    ? limitsWithin(a.minPages(), toLong(a.maxPages()), m.min(), m.max())
                    : limitsWithin(m.min(), m.max(), a.minPages(), toLong(a.maxPages())));
            case dev.weft.component.types.CoreTableType t -> actual instanceof dev.weft.runtime.engine.CoreTableType a
                    && valueType(t.element()).map(a.elementType()::equals).orElse(false) && (actualIsSubtype
                    ? limitsWithin(a.min(), a.max(), t.min(), t.max())
                    : limitsWithin(t.min(), t.max(), a.min(), a.max()));
            case dev.weft.component.types.CoreGlobalType g -> actual instanceof dev.weft.runtime.engine.CoreGlobalType a
                    && a.mutable() == g.mutable() && valueType(g.type()).map(a.valueType()::equals).orElse(false);
            case dev.weft.component.types.CoreTagType t -> actual instanceof dev.weft.runtime.engine.CoreTagType a
                    && funcType(t.type()).map(a.type()::equals).orElse(false);
        };
    }

    /** Core limits subtyping: {@code [min, max]} lies within {@code [outerMin, outerMax]}. */
    private static boolean limitsWithin(long min, OptionalLong max, long outerMin, OptionalLong outerMax) {
        return min >= outerMin
                && (outerMax.isEmpty() || max.isPresent() && max.getAsLong() <= outerMax.getAsLong());
    }

    private static OptionalLong toLong(OptionalInt value) {
        return value.isPresent() ? OptionalLong.of(Integer.toUnsignedLong(value.getAsInt())) : OptionalLong.empty();
    }

    private static Optional<CoreFuncType> funcType(dev.weft.component.types.CoreFuncType type) {
        Optional<List<CoreValType>> params = values(type.params());
        Optional<List<CoreValType>> results = values(type.results());
        return params.isPresent() && results.isPresent()
                ? Optional.of(CoreFuncType.of(params.get(), results.get())) : Optional.empty();
    }

    /** The engine's types for {@code types}, or empty if the engine cannot run one of them. */
    private static Optional<List<CoreValType>> values(List<dev.weft.component.types.CoreValType> types) {
        List<CoreValType> out = new ArrayList<>(types.size());
        for (var t : types) {
            Optional<CoreValType> v = CoreValType.of(t);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            out.add(v.get());
        }
        return Optional.of(out);
    }

    private static Optional<CoreValType> valueType(dev.weft.component.types.CoreValType type) {
        return CoreValType.of(type);
    }
}
