package dev.weft.runtime.resource;

/**
 * A handle-table element of component-model async (waitable sets, subtasks, stream and future ends, error
 * contexts); they share the instance's table, and index space, with resource handles, as in the spec.
 */
public non-sealed interface AsyncElement extends HandleElement {
    /** What the element is, for messages ("waitable set", "subtask", …). */
    String describe();
}
