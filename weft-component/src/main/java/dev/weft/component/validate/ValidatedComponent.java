package dev.weft.component.validate;

import dev.weft.component.ast.Component;
import dev.weft.component.types.ComponentType;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The outcome of validation: the syntax, the component's type and its resolved index spaces, plus the resolved
 * index spaces of every nested component definition (keyed by the identity of its syntax node).
 */
public record ValidatedComponent(Component ast, ComponentType type, IndexSpaces indexSpaces,
        Map<Component, IndexSpaces> nestedIndexSpaces) {

    public ValidatedComponent {
        nestedIndexSpaces = Collections.unmodifiableMap(new IdentityHashMap<>(nestedIndexSpaces));
    }

    static ValidatedComponent of(Component ast, ComponentType type, Scope scope,
            Map<Component, IndexSpaces> nestedIndexSpaces) {
        return new ValidatedComponent(ast, type, IndexSpaces.of(scope), nestedIndexSpaces);
    }

    /** The index spaces of {@code component}: this component's own, or a nested definition's. */
    public IndexSpaces indexSpacesOf(Component component) {
        if (component == ast) {
            return indexSpaces;
        }
        IndexSpaces nested = nestedIndexSpaces.get(component);
        if (nested == null) {
            throw new IllegalArgumentException("not a component definition inside this component");
        }
        return nested;
    }
}
