package dev.weft.runtime.resource;

/**
 * An element of a component instance's handle table: a resource handle, or one of async's waitables, waitable
 * sets and error contexts ({@link AsyncElement}).
 */
public sealed interface HandleElement permits ResourceHandleEntry, AsyncElement {
}
