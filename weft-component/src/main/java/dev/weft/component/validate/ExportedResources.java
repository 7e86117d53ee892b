package dev.weft.component.validate;

import dev.weft.component.types.ComponentType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeExtern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the type of a concrete component as seen from outside (Explainer.md "Type Checking"): the first export
 * of a resource the component generates itself becomes {@code (sub resource)} (fresh at each instantiation),
 * later exports of the same resource are {@code (eq ...)} to it.
 */
final class ExportedResources {
    private ExportedResources() {
    }

    static ComponentType componentType(Scope scope) {
        Set<ResourceType> imported = ResourceCollector.visibleIn(scope.imports);
        Set<ResourceType> seen = new HashSet<>();
        List<NamedExtern> exports = new ArrayList<>();
        for (NamedExtern e : scope.exports) {
            if (e.type() instanceof TypeExtern te && te.bound() instanceof TypeBound.Eq eq
                    && eq.type() instanceof ResourceType r && !imported.contains(r) && seen.add(r)) {
                exports.add(new NamedExtern(e.name(), new TypeExtern(new TypeBound.SubResource(r))));
            } else {
                exports.add(e);
            }
        }
        return new ComponentType(scope.imports, exports);
    }
}
