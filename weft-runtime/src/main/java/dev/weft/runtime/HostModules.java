package dev.weft.runtime;

import dev.weft.component.types.CoreModuleType;
import dev.weft.error.InstantiationException;
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
            if (!matches(export.type(), found.get().type())) {
                throw new LinkException("import `" + path + "` (core module): export `" + export.name()
                        + "` is a " + found.get().type().kind() + " of another type than the import expects");
            }
        }
        for (CoreImport imported : actual.imports()) {
            boolean listed = expected.imports().stream().anyMatch(i -> i.module().equals(imported.module())
                    && i.name().equals(imported.name()) && matches(i.type(), imported.type()));
            if (!listed) {
                throw new LinkException("import `" + path + "` (core module): the host's module imports `"
                        + imported.qualifiedName() + "`, which the import's type does not provide");
            }
        }
    }

    private static boolean matches(dev.weft.component.types.CoreExternType expected, CoreExternType actual) {
        return switch (expected) {
            case dev.weft.component.types.CoreFuncType f -> actual instanceof CoreFuncType a && funcType(f)
                    .map(a::equals).orElse(false);
            case dev.weft.component.types.CoreMemoryType m -> actual instanceof dev.weft.runtime.engine.CoreMemoryType;
            case dev.weft.component.types.CoreTableType t -> actual instanceof dev.weft.runtime.engine.CoreTableType;
            case dev.weft.component.types.CoreGlobalType g -> actual instanceof dev.weft.runtime.engine.CoreGlobalType a
                    && a.mutable() == g.mutable() && valueType(g.type()).map(a.valueType()::equals).orElse(false);
            case dev.weft.component.types.CoreTagType t -> false;
        };
    }

    private static Optional<CoreFuncType> funcType(dev.weft.component.types.CoreFuncType type) {
        try {
            return Optional.of(CoreFuncType.of(values(type.params()), values(type.results())));
        } catch (InstantiationException e) {
            return Optional.empty();
        }
    }

    private static Optional<CoreValType> valueType(dev.weft.component.types.CoreValType type) {
        try {
            return Optional.of(values(List.of(type)).get(0));
        } catch (InstantiationException e) {
            return Optional.empty();
        }
    }

    private static List<CoreValType> values(List<dev.weft.component.types.CoreValType> types)
            throws InstantiationException {
        List<CoreValType> out = new ArrayList<>();
        for (var t : types) {
            out.add(switch (t) {
                case I32 -> CoreValType.I32;
                case I64 -> CoreValType.I64;
                case F32 -> CoreValType.F32;
                case F64 -> CoreValType.F64;
                case V128 -> CoreValType.V128;
                case FUNCREF -> CoreValType.FUNCREF;
                case EXTERNREF -> CoreValType.EXTERNREF;
                default -> throw new InstantiationException("core value type " + t + " is not supported");
            });
        }
        return out;
    }
}
