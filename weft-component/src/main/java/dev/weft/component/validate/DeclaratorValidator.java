package dev.weft.component.validate;

import dev.weft.component.ast.Declarator;
import dev.weft.component.ast.TypeDef;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.NamedExtern;
import dev.weft.error.ValidationException;

import java.util.List;
import java.util.Optional;

/** Checks the declarators of component and instance types (Explainer.md "Declarators") in a nested scope. */
final class DeclaratorValidator {
    private DeclaratorValidator() {
    }

    static ComponentType componentType(TypeDef.ComponentType type, Scope parent) throws ValidationException {
        Scope scope = new Scope(Scope.Kind.COMPONENT_TYPE, Optional.of(parent));
        declare(type.declarators(), scope);
        return scope.componentType();
    }

    static InstanceType instanceType(TypeDef.InstanceType type, Scope parent) throws ValidationException {
        Scope scope = new Scope(Scope.Kind.INSTANCE_TYPE, Optional.of(parent));
        declare(type.declarators(), scope);
        return scope.instanceType();
    }

    private static void declare(List<Declarator> declarators, Scope scope) throws ValidationException {
        for (Declarator d : declarators) {
            switch (d) {
                case Declarator.CoreTypeDecl c -> {
                    for (var def : CoreTypeResolver.resolve(c.type(), scope)) {
                        scope.coreTypes.add(def);
                    }
                }
                case Declarator.TypeDecl t -> scope.types.add(TypeResolver.typeDef(t.type(), scope));
                case Declarator.AliasDecl a -> AliasResolver.apply(a.alias(), scope);
                case Declarator.Import i -> {
                    if (scope.kind != Scope.Kind.COMPONENT_TYPE) {
                        throw new ValidationException("instance types cannot contain imports", i.offset());
                    }
                    ExternType type = Externs.forImport(TypeResolver.externType(i.type(), scope, i.name().name(),
                            i.offset()));
                    scope.importNames.add(i.name().name(), Externs.attributes(i.name(), i.offset()), type,
                            i.offset());
                    ExternalVisibility.checkImport(type, scope, i.offset());
                    scope.imports.add(new NamedExtern(i.name().name(), type));
                    TypeResolver.addToIndexSpace(type, scope);
                }
                case Declarator.Export e -> {
                    ExternType type = Externs.forImport(TypeResolver.externType(e.type(), scope, e.name().name(),
                            e.offset()));
                    scope.exportNames.add(e.name().name(), Externs.attributes(e.name(), e.offset()), type,
                            e.offset());
                    ExternalVisibility.checkExport(type, scope, e.offset());
                    scope.exports.add(new NamedExtern(e.name().name(), type));
                    TypeResolver.addToIndexSpace(type, scope);
                }
            }
        }
    }
}
