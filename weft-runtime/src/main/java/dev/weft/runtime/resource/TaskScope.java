package dev.weft.runtime.resource;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;

/**
 * Callee side of a call (the spec's {@code Task.num_borrows}): every {@code borrow} handle lowered into the callee
 * increments the count, {@code resource.drop} of such a handle decrements it, and the callee may not return
 * while any are left.
 */
public final class TaskScope implements BorrowScope {
    private final String callName;
    private int numBorrows;

    public TaskScope(String callName) {
        this.callName = callName;
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
}
