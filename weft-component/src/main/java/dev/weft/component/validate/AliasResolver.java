package dev.weft.component.validate;

import dev.weft.component.ast.Alias;
import dev.weft.component.ast.Sort;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreExternType;
import dev.weft.component.types.CoreFuncType;
import dev.weft.component.types.CoreGlobalType;
import dev.weft.component.types.CoreMemoryType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.CoreTableType;
import dev.weft.component.types.CoreTagType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.TypeDefinition;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.types.ValueExtern;
import dev.weft.error.ValidationException;

import java.util.Optional;

/** Applies alias definitions and declarators (Explainer.md "Alias Definitions") to a {@link Scope}. */
final class AliasResolver {
    private AliasResolver() {
    }

    static void apply(Alias alias, Scope scope) throws ValidationException {
        boolean typeScope = scope.kind != Scope.Kind.COMPONENT;
        switch (alias) {
            case Alias.InstanceExport e -> {
                if (typeScope && e.sort() != Sort.TYPE && e.sort() != Sort.INSTANCE) {
                    throw new ValidationException("alias declarators may only refer to types or instances, not "
                            + e.sort().text(), e.offset());
                }
                InstanceType instance = scope.instances.get(e.instanceIndex(), e.offset());
                Optional<ExternType> export = instance.export(e.name());
                if (export.isEmpty()) {
                    throw new ValidationException("instance " + e.instanceIndex() + " has no export named `"
                            + e.name() + "`", e.offset());
                }
                addExportAlias(e.sort(), export.get(), scope, "export `" + e.name() + "` for instance "
                        + e.instanceIndex(), e.offset());
            }
            case Alias.CoreInstanceExport e -> {
                if (typeScope) {
                    throw new ValidationException("alias declarators may only refer to types or instances, not "
                            + e.sort().text(), e.offset());
                }
                var instance = scope.coreInstances.get(e.instanceIndex(), e.offset());
                Optional<CoreExternType> export = instance.export(e.name());
                if (export.isEmpty()) {
                    throw new ValidationException("core instance " + e.instanceIndex() + " has no export named `"
                            + e.name() + "`", e.offset());
                }
                addCoreExportAlias(e.sort(), export.get(), scope, "export `" + e.name() + "` for core instance "
                        + e.instanceIndex(), e.offset());
            }
            case Alias.Outer o -> outer(o, scope, typeScope);
        }
    }

    private static void outer(Alias.Outer o, Scope scope, boolean typeScope) throws ValidationException {
        if (typeScope && o.sort() != Sort.TYPE && o.sort() != Sort.CORE_TYPE) {
            throw new ValidationException("outer aliases in type declarators may only refer to types or instances, "
                    + "not " + o.sort().text(), o.offset());
        }
        Scope target = scope.outer(o.count()).orElseThrow(() -> new ValidationException(
                "invalid outer alias count of " + o.count(), o.offset()));
        switch (o.sort()) {
            case TYPE -> {
                TypeDefinition def = target.types.get(o.index(), o.offset());
                if (crossesComponentBoundary(scope, o.count()) && ValueTypes.refersToResources(def)) {
                    throw new ValidationException("outer alias of type index " + o.index()
                            + " transitively refers to resources not defined in the current component", o.offset());
                }
                scope.types.add(def);
            }
            case CORE_TYPE -> scope.coreTypes.add(target.coreTypes.get(o.index(), o.offset()));
            case CORE_MODULE -> scope.coreModules.add(target.coreModules.get(o.index(), o.offset()));
            case COMPONENT -> scope.components.add(target.components.get(o.index(), o.offset()));
            case CORE_FUNC, CORE_TABLE, CORE_MEMORY, CORE_GLOBAL, CORE_TAG, CORE_INSTANCE, FUNC, VALUE, INSTANCE ->
                    throw new ValidationException("outer aliases may only refer to modules, types and components, not "
                            + o.sort().text(), o.offset());
        }
    }

    private static boolean crossesComponentBoundary(Scope scope, long count) {
        Scope s = scope;
        for (long i = 0; i < count; i++) {
            if (s.kind == Scope.Kind.COMPONENT) {
                return true;
            }
            s = s.parent.orElseThrow();
        }
        return false;
    }

    static void addExportAlias(Sort sort, ExternType export, Scope scope, String what, long offset)
            throws ValidationException {
        boolean ok = switch (sort) {
            case FUNC -> export instanceof FuncType;
            case VALUE -> export instanceof ValueExtern;
            case TYPE -> export instanceof TypeExtern;
            case INSTANCE -> export instanceof InstanceType;
            case COMPONENT -> export instanceof ComponentType;
            case CORE_MODULE -> export instanceof CoreModuleType;
            case CORE_FUNC, CORE_TABLE, CORE_MEMORY, CORE_GLOBAL, CORE_TAG, CORE_TYPE, CORE_INSTANCE -> false;
        };
        if (!ok) {
            throw new ValidationException(what + " is not a " + sort.text().replace("core ", "") + " (it is a "
                    + ValueTypes.describe(export) + ")", offset);
        }
        if (export instanceof ValueExtern) {
            throw new ValidationException("aliasing a value export is not supported (values are gated 🪙)", offset);
        }
        TypeResolver.addToIndexSpace(export, scope);
    }

    private static void addCoreExportAlias(Sort sort, CoreExternType export, Scope scope, String what, long offset)
            throws ValidationException {
        switch (sort) {
            case CORE_FUNC -> scope.coreFuncs.add(expect(export, CoreFuncType.class, what, offset));
            case CORE_TABLE -> scope.coreTables.add(expect(export, CoreTableType.class, what, offset));
            case CORE_MEMORY -> scope.coreMemories.add(expect(export, CoreMemoryType.class, what, offset));
            case CORE_GLOBAL -> scope.coreGlobals.add(expect(export, CoreGlobalType.class, what, offset));
            case CORE_TAG -> scope.coreTags.add(expect(export, CoreTagType.class, what, offset));
            case CORE_TYPE, CORE_MODULE, CORE_INSTANCE, FUNC, VALUE, TYPE, COMPONENT, INSTANCE ->
                    throw new ValidationException("core export alias cannot have sort " + sort.text(), offset);
        }
    }

    private static <T extends CoreExternType> T expect(CoreExternType export, Class<T> type, String what,
            long offset) throws ValidationException {
        if (type.isInstance(export)) {
            return type.cast(export);
        }
        String wanted = type.getSimpleName().replace("Core", "").replace("Type", "").toLowerCase();
        throw new ValidationException(what + " is not a " + wanted + " (it is a " + Subtyping.coreKind(export) + ")",
                offset);
    }
}
