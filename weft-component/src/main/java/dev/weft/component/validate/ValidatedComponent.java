package dev.weft.component.validate;

import dev.weft.component.ast.Component;
import dev.weft.component.types.ComponentType;

/** The outcome of validation: the syntax, the component's type and its resolved index spaces. */
public record ValidatedComponent(Component ast, ComponentType type, IndexSpaces indexSpaces) {

    static ValidatedComponent of(Component ast, ComponentType type, Scope scope) {
        return new ValidatedComponent(ast, type, IndexSpaces.of(scope));
    }
}
