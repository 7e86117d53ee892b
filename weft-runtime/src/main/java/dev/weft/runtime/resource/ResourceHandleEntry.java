package dev.weft.runtime.resource;

import dev.weft.component.types.ResourceType;
import dev.weft.value.ResourceHandle;

/**
 * A resource handle in a handle table (the spec's {@code ResourceHandle}): the resource type, the representation,
 * whether it is an {@code own} handle, the borrow scope of a {@code borrow} handle and the count of outstanding
 * lends (borrows of this own handle passed to callees that have not returned yet).
 */
public final class ResourceHandleEntry implements HandleElement {
    private final ResourceType type;
    private final ResourceHandle rep;
    private final boolean own;
    private final TaskScope borrowScope;
    private int numLends;

    private ResourceHandleEntry(ResourceType type, ResourceHandle rep, boolean own, TaskScope borrowScope) {
        this.type = type;
        this.rep = rep;
        this.own = own;
        this.borrowScope = borrowScope;
    }

    public static ResourceHandleEntry owned(ResourceType type, ResourceHandle rep) {
        return new ResourceHandleEntry(type, rep, true, null);
    }

    public static ResourceHandleEntry borrowed(ResourceType type, ResourceHandle rep, TaskScope scope) {
        return new ResourceHandleEntry(type, rep, false, scope);
    }

    public ResourceType type() {
        return type;
    }

    public ResourceHandle rep() {
        return rep;
    }

    public boolean own() {
        return own;
    }

    /** The call this borrow handle belongs to; {@code null} for own handles. */
    public TaskScope borrowScope() {
        return borrowScope;
    }

    public int numLends() {
        return numLends;
    }

    void lend() {
        numLends++;
    }

    void unlend() {
        numLends--;
    }
}
