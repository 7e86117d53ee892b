package dev.weft.component.types;

/**
 * A resource type. Resource types are generative: every definition, and every {@code (sub resource)} import
 * bound, is a distinct type, so this class keeps identity equality on purpose.
 */
public final class ResourceType implements TypeDefinition {
    private final String debugName;

    public ResourceType(String debugName) {
        this.debugName = debugName;
    }

    /** A name for messages and printing; not part of the type's identity. */
    public String debugName() {
        return debugName;
    }

    @Override
    public String toString() {
        return "resource " + debugName;
    }
}
