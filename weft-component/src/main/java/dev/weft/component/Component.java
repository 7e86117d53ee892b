package dev.weft.component;

import dev.weft.component.binary.ComponentDecoder;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.validate.ComponentValidator;
import dev.weft.component.validate.IndexSpaces;
import dev.weft.component.validate.ValidatedComponent;
import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;

import java.util.List;

/**
 * A decoded and validated component, immutable. {@link #decode(byte[])} is the entry point of the pipeline
 * decode → validate → link → instantiate.
 */
public final class Component {
    private final ValidatedComponent validated;

    private Component(ValidatedComponent validated) {
        this.validated = validated;
    }

    /**
     * Decodes and validates a component binary.
     *
     * @throws DecodeException     if the bytes are not a well-formed component (or contain a malformed core module)
     * @throws ValidationException if the component breaks a validation rule
     */
    public static Component decode(byte[] bytes) throws DecodeException, ValidationException {
        dev.weft.component.ast.Component ast = ComponentDecoder.decode(bytes);
        return new Component(ComponentValidator.validate(ast));
    }

    /** The decoded syntax (index-based records with offsets). */
    public dev.weft.component.ast.Component ast() {
        return validated.ast();
    }

    /** The component's type: its imports and exports with resolved types. */
    public ComponentType type() {
        return validated.type();
    }

    public List<NamedExtern> imports() {
        return validated.type().imports();
    }

    public List<NamedExtern> exports() {
        return validated.type().exports();
    }

    /** The validation result: syntax, type and the index spaces of this and every nested component. */
    public ValidatedComponent validated() {
        return validated;
    }

    /** The resolved type of every item in every index space of the top-level component. */
    public IndexSpaces indexSpaces() {
        return validated.indexSpaces();
    }
}
