package dev.weft.component.types;

/**
 * A resource type. Resource types are generative: every definition, and every {@code (sub resource)} import
 * bound, is a distinct type. Equality is the identity of the originally created type: {@link #alias()} returns
 * another object for the same type (a type export or import creates such an alias, which validation tracks by
 * object identity to check that types are named), and it is {@code equals} to the original.
 */
public final class ResourceType implements TypeDefinition {
    private final String debugName;
    private final ResourceType root;

    public ResourceType(String debugName) {
        this.debugName = debugName;
        this.root = this;
    }

    private ResourceType(ResourceType of) {
        this.debugName = of.debugName;
        this.root = of.root;
    }

    /** A new object denoting the same resource type (equal to this one, but not identical). */
    public ResourceType alias() {
        return new ResourceType(this);
    }

    /** A name for messages and printing; not part of the type's identity. */
    public String debugName() {
        return debugName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceType r && r.root == root;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(root);
    }

    @Override
    public String toString() {
        return "resource " + debugName;
    }
}
