package dev.weft.component.validate;

import dev.weft.component.ast.CoreType;
import dev.weft.component.ast.ModuleDecl;
import dev.weft.component.types.CoreExternType;
import dev.weft.component.types.CoreFuncType;
import dev.weft.component.types.CoreGlobalType;
import dev.weft.component.types.CoreMemoryType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.CoreOtherType;
import dev.weft.component.types.CoreTableType;
import dev.weft.component.types.CoreTagType;
import dev.weft.component.types.CoreTypeDefinition;
import dev.weft.component.types.CoreValType;
import dev.weft.error.ValidationException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** Resolves core types written in a component ({@code core type} definitions and module types). */
final class CoreTypeResolver {
    private CoreTypeResolver() {
    }

    /** Resolves one core type definition; a rec group yields one entry per member. */
    static List<CoreTypeDefinition> resolve(CoreType type, Scope scope) throws ValidationException {
        return switch (type) {
            case CoreType.RecGroup group -> recGroup(group);
            case CoreType.ModuleType module -> List.of(moduleType(module, scope));
        };
    }

    private static List<CoreTypeDefinition> recGroup(CoreType.RecGroup group) {
        List<CoreTypeDefinition> out = new ArrayList<>();
        for (CoreType.SubType sub : group.types()) {
            if (sub.type() instanceof CoreType.Func f && !group.explicit()) {
                out.add(func(f));
            } else {
                out.add(new CoreOtherType(sub.type().getClass().getSimpleName().toLowerCase()));
            }
        }
        return out;
    }

    static CoreFuncType func(CoreType.Func f) {
        return new CoreFuncType(f.params().stream().map(CoreTypeResolver::valType).toList(),
                f.results().stream().map(CoreTypeResolver::valType).toList());
    }

    static CoreValType valType(dev.weft.component.ast.CoreValType t) {
        return switch (t) {
            case dev.weft.component.ast.CoreValType.Num n -> switch (n) {
                case I32 -> CoreValType.I32;
                case I64 -> CoreValType.I64;
                case F32 -> CoreValType.F32;
                case F64 -> CoreValType.F64;
                case V128 -> CoreValType.V128;
            };
            // non-nullable references are all TYPED_REF, matching how Endive-derived module types are mapped
            case dev.weft.component.ast.CoreValType.Ref r when !r.nullable() -> CoreValType.TYPED_REF;
            case dev.weft.component.ast.CoreValType.Ref r -> switch (r.heap()) {
                case dev.weft.component.ast.CoreValType.Concrete c -> CoreValType.TYPED_REF;
                case dev.weft.component.ast.CoreValType.Abstract a -> switch (a.kind()) {
                    case FUNC -> CoreValType.FUNCREF;
                    case EXTERN -> CoreValType.EXTERNREF;
                    case ANY -> CoreValType.ANYREF;
                    case NONE -> CoreValType.NULLREF;
                    case NOEXTERN -> CoreValType.NULLEXTERNREF;
                    case NOFUNC -> CoreValType.NULLFUNCREF;
                    case EQ -> CoreValType.EQREF;
                    case STRUCT -> CoreValType.STRUCTREF;
                    case ARRAY -> CoreValType.ARRAYREF;
                    case I31 -> CoreValType.I31REF;
                    case EXN, NOEXN -> CoreValType.EXNREF;
                    case CONT, NOCONT -> CoreValType.TYPED_REF;
                };
            };
        };
    }

    private static CoreModuleType moduleType(CoreType.ModuleType module, Scope scope) throws ValidationException {
        List<CoreTypeDefinition> localTypes = new ArrayList<>();
        List<CoreModuleType.Import> imports = new ArrayList<>();
        List<CoreModuleType.Export> exports = new ArrayList<>();
        Set<String> importNames = new HashSet<>();
        Set<String> exportNames = new HashSet<>();
        for (ModuleDecl decl : module.declarations()) {
            switch (decl) {
                case ModuleDecl.Type t -> localTypes.addAll(recGroup(t.type()));
                case ModuleDecl.NestedModuleType n -> throw new ValidationException(
                        "invalid leading byte (0x50) for a type in a core module type: module types cannot nest",
                        n.offset());
                case ModuleDecl.OuterTypeAlias a -> {
                    if (a.count() != 1) {
                        throw new ValidationException("invalid outer alias count of " + a.count()
                                + " in a core module type (only 1 is allowed)", a.offset());
                    }
                    localTypes.add(scope.coreTypes.get(a.index(), a.offset()));
                }
                case ModuleDecl.Import i -> {
                    if (!importNames.add(i.module() + "\u0000" + i.name())) {
                        throw new ValidationException("duplicate import name `" + i.module() + ":" + i.name()
                                + "` in core module type", i.offset());
                    }
                    imports.add(new CoreModuleType.Import(i.module(), i.name(), externType(i.type(), localTypes,
                            i.offset())));
                }
                case ModuleDecl.Export e -> {
                    if (!exportNames.add(e.name())) {
                        throw new ValidationException("export name `" + e.name()
                                + "` already defined in core module type", e.offset());
                    }
                    exports.add(new CoreModuleType.Export(e.name(), externType(e.type(), localTypes, e.offset())));
                }
            }
        }
        return new CoreModuleType(imports, exports);
    }

    private static CoreExternType externType(dev.weft.component.ast.CoreExternType t, List<CoreTypeDefinition> types,
            long offset) throws ValidationException {
        return switch (t) {
            case dev.weft.component.ast.CoreExternType.Func f -> funcAt(types, f.typeIndex(), offset);
            case dev.weft.component.ast.CoreExternType.Tag tag -> new CoreTagType(funcAt(types, tag.typeIndex(), offset));
            case dev.weft.component.ast.CoreExternType.Table tab -> {
                checkLimits(tab.limits(), tab.table64() ? -1L >>> 1 : 0xffff_ffffL,
                        "table size must be at most 2^32-1 entries", offset);
                yield new CoreTableType(valType(tab.element()), tab.limits().min(), optional(tab.limits().max()));
            }
            case dev.weft.component.ast.CoreExternType.Memory m -> {
                long maxPages = m.memory64() ? 1L << 48 : 1L << 16;
                checkLimits(m.limits(), maxPages, "memory size must be at most " + maxPages + " pages", offset);
                yield new CoreMemoryType(m.limits().min(), optional(m.limits().max()), m.shared(), m.memory64());
            }
            case dev.weft.component.ast.CoreExternType.Global g -> new CoreGlobalType(valType(g.type()), g.mutable());
        };
    }

    private static void checkLimits(dev.weft.component.ast.CoreExternType.Limits limits, long max, String tooBig,
            long offset) throws ValidationException {
        if (Long.compareUnsigned(limits.min(), max) > 0
                || limits.max().isPresent() && Long.compareUnsigned(limits.max().get(), max) > 0) {
            throw new ValidationException(tooBig, offset);
        }
        if (limits.max().isPresent() && Long.compareUnsigned(limits.min(), limits.max().get()) > 0) {
            throw new ValidationException("size minimum must not be greater than maximum", offset);
        }
    }

    private static OptionalLong optional(java.util.Optional<Long> v) {
        return v.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    private static CoreFuncType funcAt(List<CoreTypeDefinition> types, long index, long offset)
            throws ValidationException {
        if (index < 0 || index >= types.size()) {
            throw new ValidationException("core type index out of bounds: " + index, offset);
        }
        if (types.get((int) index) instanceof CoreFuncType f) {
            return f;
        }
        throw new ValidationException("core type index " + index + " is not a function type", offset);
    }
}
