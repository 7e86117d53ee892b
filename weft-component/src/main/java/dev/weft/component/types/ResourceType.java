package dev.weft.component.types;

/**
 * A resource type. Resource types are generative: every definition, and every {@code (sub resource)} import
 * bound, is a distinct type. Equality is the identity of the originally created type: {@link #alias()} returns
 * another object for the same type (a type export or import creates such an alias, which validation tracks by
 * object identity to check that types are named), and it is {@code equals} to the original.
 *
 * <p>Names are for messages only and never part of the identity. {@link #debugName()} is the name the type was
 * created with (the validator's placeholder {@code resource#N} for a definition); {@link #displayName()} is the
 * name a user knows it by: the import or export name that reaches it (e.g. {@code wasi:http/types@0.2.0#fields}
 * or {@code counter}), given later with {@link #nameIfUnnamed} or {@link #localNameIfUnnamed}.
 */
public final class ResourceType implements TypeDefinition {
    private final String debugName;
    private final ResourceType root;
    private final Names names;

    /**
     * The names given after creation; shared by aliases. A {@link #freshCopy() fresh copy} has its own, and falls
     * back to (and passes an external name on to) those of the type it was copied from.
     */
    private static final class Names {
        private final Names origin;
        /** A name it is reached by from outside (an import or export of a top-level component, a linker path). */
        private volatile String external;
        /** A name inside a component (a nested component's type import or export). */
        private volatile String local;

        Names(Names origin) {
            this.origin = origin;
        }

        String display(String debugName) {
            String external = external();
            if (external != null) {
                return external;
            }
            for (Names n = this; n != null; n = n.origin) {
                if (n.local != null) {
                    return n.local;
                }
            }
            return debugName;
        }

        private String external() {
            for (Names n = this; n != null; n = n.origin) {
                if (n.external != null) {
                    return n.external;
                }
            }
            return null;
        }

        synchronized void external(String name) {
            if (external == null) {
                external = name;
            }
            if (origin != null) {
                origin.external(name);
            }
        }

        synchronized void local(String name) {
            if (local == null) {
                local = name;
            }
        }
    }

    public ResourceType(String debugName) {
        this.debugName = debugName;
        this.root = this;
        this.names = new Names(null);
    }

    private ResourceType(ResourceType of, boolean sameType) {
        this.debugName = of.debugName;
        this.root = sameType ? of.root : this;
        this.names = sameType ? of.names : new Names(of.names);
    }

    /** A new object denoting the same resource type (equal to this one, but not identical). */
    public ResourceType alias() {
        return new ResourceType(this, true);
    }

    /**
     * A distinct resource type (not equal to this one) named after this one: the fresh identity an instantiation
     * gives an exported abstract resource still denotes the same definition for a reader. An external name given
     * to the copy also names this type, if it has none yet.
     */
    public ResourceType freshCopy() {
        return new ResourceType(this, false);
    }

    /** The name the type was created with; not part of the type's identity. */
    public String debugName() {
        return debugName;
    }

    /**
     * The name for messages and printing: the external name given by {@link #nameIfUnnamed}, else the local name
     * given by {@link #localNameIfUnnamed}, else the name it was created with.
     */
    public String displayName() {
        return names.display(debugName);
    }

    /**
     * Gives the type the name it is reached by from outside (e.g. {@code wasi:http/types@0.2.0#fields}) unless it
     * has one already; the first such name is kept.
     */
    public void nameIfUnnamed(String name) {
        names.external(name);
    }

    /** Gives the type a name used inside a component unless it has one already (an external name wins). */
    public void localNameIfUnnamed(String name) {
        names.local(name);
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
        return "resource " + displayName();
    }
}
