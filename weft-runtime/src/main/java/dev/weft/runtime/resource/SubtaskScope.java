package dev.weft.runtime.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * Caller side of a call (the spec's {@code Subtask.lenders}): each own handle whose borrow is lifted for the
 * callee is lent (its lend count goes up) until the call resolves.
 */
public final class SubtaskScope implements BorrowScope {
    private List<ResourceHandleEntry> lenders = new ArrayList<>();

    /** The spec's {@code add_lender}. */
    public void addLender(ResourceHandleEntry handle) {
        if (lenders == null) {
            throw new IllegalStateException("subtask already resolved");
        }
        handle.lend();
        lenders.add(handle);
    }

    /** The spec's {@code deliver_resolve}: ends every lend made during the call. */
    public void deliverResolve() {
        if (lenders == null) {
            throw new IllegalStateException("subtask resolve already delivered");
        }
        for (ResourceHandleEntry h : lenders) {
            h.unlend();
        }
        lenders = null;
    }

    public boolean resolveDelivered() {
        return lenders == null;
    }
}
