package dev.weft.component.validate;

import dev.weft.component.ast.AliasSection;
import dev.weft.component.ast.CanonSection;
import dev.weft.component.ast.Component;
import dev.weft.component.ast.ComponentSection;
import dev.weft.component.ast.CoreInstanceSection;
import dev.weft.component.ast.CoreModuleSection;
import dev.weft.component.ast.CoreTypeSection;
import dev.weft.component.ast.CustomSection;
import dev.weft.component.ast.Export;
import dev.weft.component.ast.ExportSection;
import dev.weft.component.ast.Import;
import dev.weft.component.ast.ImportSection;
import dev.weft.component.ast.InstanceSection;
import dev.weft.component.ast.Section;
import dev.weft.component.ast.StartSection;
import dev.weft.component.ast.TypeDef;
import dev.weft.component.ast.TypeSection;
import dev.weft.component.ast.ValueDef;
import dev.weft.component.ast.ValueSection;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.NamedExtern;
import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Validates a decoded component section by section (Explainer.md, Binary.md), building its index spaces, and
 * returns the resolved result. Nested components are validated recursively in their own {@link Scope}.
 */
public final class ComponentValidator {
    private ComponentValidator() {
    }

    /** Validates a top-level component. */
    public static ValidatedComponent validate(Component component) throws ValidationException, DecodeException {
        Scope scope = new Scope(Scope.Kind.COMPONENT, Optional.empty());
        Map<Component, IndexSpaces> nestedScopes = new IdentityHashMap<>();
        ComponentType type = validate(component, scope, nestedScopes);
        ResourceNames.nameExternal(type);
        return ValidatedComponent.of(component, type, scope, nestedScopes);
    }

    private static ComponentType validate(Component component, Scope scope, Map<Component, IndexSpaces> nestedScopes)
            throws ValidationException, DecodeException {
        for (Section section : component.sections()) {
            section(section, scope, nestedScopes);
        }
        return ExportedResources.componentType(scope);
    }

    private static void section(Section section, Scope scope, Map<Component, IndexSpaces> nestedScopes)
            throws ValidationException, DecodeException {
        switch (section) {
            case CustomSection c -> {
            }
            case CoreModuleSection m -> {
                int index = scope.coreModules.size();
                scope.coreModules.add(ErrorContext.get("core module " + index, () -> CoreModuleValidator.validate(m)));
            }
            case CoreInstanceSection s -> {
                for (var instance : s.instances()) {
                    int index = scope.coreInstances.size();
                    ErrorContext.in("core instance " + index,
                            () -> scope.coreInstances.add(InstantiationChecker.core(instance, scope)));
                }
            }
            case CoreTypeSection s -> {
                for (var type : s.types()) {
                    ErrorContext.in("core type " + scope.coreTypes.size(), () -> {
                        for (var def : CoreTypeResolver.resolve(type, scope)) {
                            scope.coreTypes.add(def);
                        }
                    });
                }
            }
            case ComponentSection s -> {
                Scope nested = new Scope(Scope.Kind.COMPONENT, Optional.of(scope));
                int index = scope.components.size();
                scope.components.add(ErrorContext.get("component " + index,
                        () -> validate(s.component(), nested, nestedScopes)));
                nestedScopes.put(s.component(), IndexSpaces.of(nested));
            }
            case InstanceSection s -> {
                for (var instance : s.instances()) {
                    ErrorContext.in("instance " + scope.instances.size(),
                            () -> scope.instances.add(InstantiationChecker.component(instance, scope)));
                }
            }
            case AliasSection s -> {
                for (var alias : s.aliases()) {
                    ErrorContext.in("alias of " + alias.sort().text(), () -> AliasResolver.apply(alias, scope));
                }
            }
            case TypeSection s -> {
                for (TypeDef def : s.types()) {
                    ErrorContext.in("type " + scope.types.size(),
                            () -> scope.types.add(TypeResolver.typeDef(def, scope)));
                }
            }
            case CanonSection s -> {
                for (var canon : s.canons()) {
                    ErrorContext.in("canonical definition (" + canon.getClass().getSimpleName() + ")",
                            () -> CanonValidator.apply(canon, scope));
                }
            }
            case StartSection s -> ErrorContext.in("start", () -> start(s, scope));
            case ImportSection s -> {
                for (Import i : s.imports()) {
                    ErrorContext.in("import `" + i.name().name() + "`", () -> importItem(i, scope));
                }
            }
            case ExportSection s -> {
                for (Export e : s.exports()) {
                    ErrorContext.in("export `" + e.name().name() + "`", () -> exportItem(e, scope));
                }
            }
            case ValueSection s -> {
                for (ValueDef v : s.values()) {
                    ErrorContext.in("value " + scope.values.size(),
                            () -> scope.values.add(TypeResolver.valType(v.type(), scope, v.offset())));
                }
            }
        }
    }

    private static void importItem(Import i, Scope scope) throws ValidationException {
        String name = i.name().name();
        ExternType type = Externs.forImport(TypeResolver.externType(i.type(), scope, name, i.offset()));
        scope.importNames.add(name, Externs.attributes(i.name(), i.offset()), type, i.offset());
        ExternalVisibility.checkImport(type, scope, i.offset());
        scope.imports.add(new NamedExtern(name, type));
        TypeResolver.addToIndexSpace(type, scope);
    }

    private static void exportItem(Export e, Scope scope) throws ValidationException {
        String name = e.name().name();
        ExternType inferred = Sorts.externOf(e.target(), scope, e.offset());
        ResourceNames.nameLocal(name, inferred);
        if (inferred instanceof dev.weft.component.types.TypeExtern te) {
            // a type export introduces a new type index: equal to, but not the same object as, the exported type
            inferred = new dev.weft.component.types.TypeExtern(
                    new dev.weft.component.types.TypeBound.Eq(TypeIdentity.unique(te.definition())));
        }
        ExternType type = inferred;
        if (e.ascribedType().isPresent()) {
            ExternType ascribed = TypeResolver.externType(e.ascribedType().get(), scope, name, e.offset());
            try {
                Subtyping.at(e.offset()).check(inferred, ascribed, "export `" + name + "`");
            } catch (ValidationException ex) {
                throw new ValidationException("ascribed type of export is not compatible with item's type: "
                        + ex.getMessage(), e.offset());
            }
            // a `(sub resource)` ascription hides the resource's identity: the export is a fresh abstract type
            type = ascribed;
        }
        scope.exportNames.add(name, Externs.attributes(e.name(), e.offset()), type, e.offset());
        ExternalVisibility.checkExport(type, scope, e.offset());
        scope.exports.add(new NamedExtern(name, type));
        TypeResolver.addToIndexSpace(type, scope);
    }

    private static void start(StartSection s, Scope scope) throws ValidationException {
        FuncType f = scope.funcs.get(s.funcIndex(), s.offset());
        if (f.params().size() != s.args().size()) {
            throw new ValidationException("start function " + s.funcIndex() + " takes " + f.params().size()
                    + " arguments but " + s.args().size() + " were given", s.offset());
        }
        for (int i = 0; i < s.args().size(); i++) {
            var v = scope.values.get(s.args().get(i), s.offset());
            if (!v.equals(f.params().get(i).type())) {
                throw new ValidationException("start function argument " + i + " has the wrong type", s.offset());
            }
        }
        long results = f.result().isPresent() ? 1 : 0;
        if (results != s.resultCount()) {
            throw new ValidationException("start function " + s.funcIndex() + " has " + results
                    + " results but " + s.resultCount() + " were declared", s.offset());
        }
        f.result().ifPresent(scope.values::add);
    }
}
