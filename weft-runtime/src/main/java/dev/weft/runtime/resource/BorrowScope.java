package dev.weft.runtime.resource;

/**
 * The scope in which borrows live during one call: {@link TaskScope} on the callee side (the spec's {@code Task},
 * counting borrow handles lowered into the callee) and {@link SubtaskScope} on the caller side (the spec's
 * {@code Subtask}, recording the own handles lent out for the duration of the call).
 */
public sealed interface BorrowScope permits TaskScope, SubtaskScope {
}
