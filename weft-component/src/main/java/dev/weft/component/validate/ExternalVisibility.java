package dev.weft.component.validate;

import dev.weft.component.types.ExternType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeExtern;
import dev.weft.error.ValidationException;

import java.util.Set;

/**
 * Explainer.md "External Visibility of Types" / Binary.md: every resource type used in the type of an import must
 * be introduced by a preceding import (or the import itself); every resource type used in the type of an export by
 * a preceding import or export (or the export itself). Only checked in concrete components.
 */
final class ExternalVisibility {
    private ExternalVisibility() {
    }

    static void checkImport(String name, ExternType type, Scope scope, long offset) throws ValidationException {
        if (scope.kind != Scope.Kind.COMPONENT) {
            return;
        }
        Set<ResourceType> visible = ResourceCollector.visibleIn(scope.imports);
        check(name, type, visible, "import", offset);
    }

    static void checkExport(String name, ExternType type, Scope scope, long offset) throws ValidationException {
        if (scope.kind != Scope.Kind.COMPONENT) {
            return;
        }
        Set<ResourceType> visible = ResourceCollector.visibleIn(scope.imports);
        visible.addAll(ResourceCollector.visibleIn(scope.exports));
        if (type instanceof TypeExtern te && te.definition() instanceof ResourceType) {
            return;
        }
        check(name, type, visible, "export", offset);
    }

    private static void check(String name, ExternType type, Set<ResourceType> visible, String kind, long offset)
            throws ValidationException {
        ResourceCollector c = new ResourceCollector().extern(type);
        for (ResourceType r : c.referenced) {
            if (!visible.contains(r) && !c.introduced.contains(r)) {
                throw new ValidationException(ValueTypes.describe(type) + " not valid to be used as " + kind + " `"
                        + name + "`: it refers to " + r + " which is not " + kind + "ed", offset);
            }
        }
    }
}
