package dev.weft.runtime.resource;

/**
 * An element of a component instance's handle table. The spec's table also holds waitables, waitable sets and
 * error contexts (async); those will be further permitted subtypes.
 */
public sealed interface HandleElement permits ResourceHandleEntry {
}
