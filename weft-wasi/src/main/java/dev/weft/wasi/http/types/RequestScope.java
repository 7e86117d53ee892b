package dev.weft.wasi.http.types;

import java.util.ArrayList;
import java.util.List;

/**
 * The host-side things one served request opened (its request-body reader, outbound response bodies), closed
 * when the guest's {@code handle} returns so that no reader thread or connection outlives the instance. The proxy
 * opens a scope on the thread that runs the guest; host functions register with {@link #register} on that thread.
 * Outside a scope (library users calling the guest themselves) registration does nothing.
 */
public final class RequestScope implements AutoCloseable {
    private static final ThreadLocal<RequestScope> CURRENT = new ThreadLocal<>();

    private final List<Runnable> onClose = new ArrayList<>();
    private final RequestScope previous;

    private RequestScope(RequestScope previous) {
        this.previous = previous;
    }

    /** Opens a scope on the current thread; close it when the request is done. */
    public static RequestScope open() {
        RequestScope scope = new RequestScope(CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** Runs {@code action} when the current request ends (now never, when no scope is open). */
    public static void register(Runnable action) {
        RequestScope scope = CURRENT.get();
        if (scope != null) {
            scope.onClose.add(action);
        }
    }

    /** Runs {@code action} when this scope closes. */
    public void onEnd(Runnable action) {
        onClose.add(action);
    }

    @Override
    public void close() {
        CURRENT.set(previous);
        for (Runnable action : onClose) {
            try {
                action.run();
            } catch (RuntimeException ignored) {
                // best effort: the request is over
            }
        }
        onClose.clear();
    }
}
