package dev.weft.runtime.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * Caller side of a call (the spec's {@code Subtask.lenders}): each own handle whose borrow is lifted for the
 * callee is lent (its lend count goes up) until the call resolves.
 */
public final class SubtaskScope implements BorrowScope {
    private static final List<ResourceHandleEntry> NONE = List.of();

    /** The lends made so far ({@link #NONE} until the first, so that a call lending nothing allocates nothing). */
    private List<ResourceHandleEntry> lenders = NONE;

    /** The spec's {@code add_lender}. */
    public void addLender(ResourceHandleEntry handle) {
        if (lenders == null) {
            throw new IllegalStateException("subtask already resolved");
        }
        if (lenders == NONE) {
            lenders = new ArrayList<>(2);
        }
        handle.lend();
        lenders.add(handle);
    }

    /** The spec's {@code deliver_resolve}: ends every lend made during the call. */
    public void deliverResolve() {
        if (lenders == null) {
            throw new IllegalStateException("subtask resolve already delivered");
        }
        for (int i = 0; i < lenders.size(); i++) {
            lenders.get(i).unlend();
        }
        lenders = null;
    }

    public boolean resolveDelivered() {
        return lenders == null;
    }
}
