package dev.weft.runtime.resource;

import dev.weft.error.Trap;
import dev.weft.component.types.ValueType;
import dev.weft.value.Val;

import java.util.List;
import java.util.Optional;
import dev.weft.error.TrapKind;

/**
 * Callee side of a call (the spec's {@code Task.num_borrows}): every {@code borrow} handle lowered into the callee
 * increments the count, {@code resource.drop} of such a handle decrements it, and the callee may not return
 * while any are left. It also holds the task's {@code context.get}/{@code context.set} slots and, for an
 * async-lifted callee, the values its {@code task.return} delivered.
 */
public final class TaskScope implements BorrowScope {
    private final String callName;
    /** The spec's {@code ContextLocalStorage.LENGTH}. */
    public static final int CONTEXT_LENGTH = 2;

    private int numBorrows;
    private final int[] context = new int[CONTEXT_LENGTH];
    private List<Val> returned;

    private final List<ValueType> resultTypes;
    private ReturnListener onReturn;

    /** Told when {@code task.return} delivers the results of an async-lifted call (the spec's on_resolve). */
    @FunctionalInterface
    public interface ReturnListener {
        void returned(List<Val> results) throws Trap;
    }

    /** Sets the listener {@link #deliverReturn} notifies (an async task resolving its caller's subtask). */
    public void onReturn(ReturnListener listener) {
        this.onReturn = listener;
    }

    public TaskScope(String callName) {
        this(callName, null);
    }

    /**
     * A task of an async-lifted callee whose {@code task.return} must deliver values of {@code resultTypes}
     * ({@code null} for a synchronous callee, which returns flat results instead).
     */
    public TaskScope(String callName, List<ValueType> resultTypes) {
        this.callName = callName;
        this.resultTypes = resultTypes == null ? null : List.copyOf(resultTypes);
    }

    /** The result types {@code task.return} delivers, or empty for a synchronous task (no task.return). */
    public Optional<List<ValueType>> resultTypes() {
        return Optional.ofNullable(resultTypes);
    }

    public int numBorrows() {
        return numBorrows;
    }

    void borrowAdded() {
        numBorrows++;
    }

    void borrowDropped() {
        numBorrows--;
    }

    /** The spec's {@code Task.return_} check: traps if a borrow handle would outlive the call. */
    public void checkReturn() throws Trap {
        if (numBorrows > 0) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "call to " + callName + " returned while " + numBorrows
                    + " borrow handle(s) passed to it were not dropped");
        }
    }

    /** {@code context.get}: slot {@code i} of this task's context-local storage (0 until set). */
    public int context(int slot) throws Trap {
        checkSlot(slot);
        return context[slot];
    }

    /** {@code context.set}. */
    public void setContext(int slot, int value) throws Trap {
        checkSlot(slot);
        context[slot] = value;
    }

    private static void checkSlot(int slot) throws Trap {
        if (slot < 0 || slot >= CONTEXT_LENGTH) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "context slot " + slot + " is out of range (" + CONTEXT_LENGTH + " slots)");
        }
    }

    /** {@code task.return}: records the results once; a second call (or one after the task ended) traps. */
    public void deliverReturn(List<Val> results) throws Trap {
        if (returned != null) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "task.return called twice by " + callName);
        }
        checkReturn();
        returned = List.copyOf(results);
        if (onReturn != null) {
            onReturn.returned(returned);
        }
    }

    /** The values {@code task.return} delivered, if it was called. */
    public Optional<List<Val>> returned() {
        return Optional.ofNullable(returned);
    }

    public String callName() {
        return callName;
    }
}
