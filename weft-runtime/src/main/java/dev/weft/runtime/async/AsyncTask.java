package dev.weft.runtime.async;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.TaskScope;
import dev.weft.value.Val;

import java.util.List;

/**
 * The callee's side of a call to an async-lifted function (the spec's {@code Task}): its state, its implicit
 * thread (a {@link Fiber}), and the caller's {@code on_start}/{@code on_resolve}.
 */
public final class AsyncTask {
    /** The spec's {@code Task.State}. */
    public enum State { INITIAL, STARTED, PENDING_CANCEL, CANCEL_DELIVERED, RESOLVED }

    /** Gives the callee its arguments (the spec's {@code OnStart}). */
    @FunctionalInterface
    public interface OnStart {
        List<Val> start() throws Trap;
    }

    /** Takes the results, or {@code null} when the task was cancelled (the spec's {@code OnResolve}). */
    @FunctionalInterface
    public interface OnResolve {
        void resolve(List<Val> results) throws Trap;
    }

    private final String name;
    private final InstanceState instance;
    private final boolean needsExclusive;
    private final TaskScope scope;
    private final OnStart onStart;
    private final OnResolve onResolve;
    private State state = State.INITIAL;
    private Fiber fiber;
    private Object liftOptions;

    /** Records the canon options of the lift ({@code task.return} must use equal ones: memory, encoding). */
    public void setLiftOptions(Object options) {
        this.liftOptions = options;
    }

    /** The canon options of the lift this task runs, or null when not recorded. */
    public Object liftOptions() {
        return liftOptions;
    }

    /**
     * @param needsExclusive a callback-lifted task holds its instance exclusively while it runs
     * @param scope          the task's borrows, context slots and {@code task.return}; null for a synchronous
     *                       lift's task, whose call keeps its own scope and resolves through {@link #resolve}
     */
    public AsyncTask(String name, InstanceState instance, boolean needsExclusive, TaskScope scope, OnStart onStart,
                     OnResolve onResolve) {
        this.name = name;
        this.instance = instance;
        this.needsExclusive = needsExclusive;
        this.scope = scope;
        this.onStart = onStart;
        this.onResolve = onResolve;
        if (scope != null) {
            scope.onReturn(this::resolve);
        }
    }

    public String name() {
        return name;
    }

    public InstanceState instance() {
        return instance;
    }

    public TaskScope scope() {
        return scope;
    }

    public State state() {
        return state;
    }

    public boolean resolved() {
        return state == State.RESOLVED;
    }

    /** The task's implicit thread. */
    public Fiber fiber() {
        return fiber;
    }

    /** Makes the implicit thread, which runs {@code body} in {@link #instance}'s current-task slot. */
    public Fiber newFiber(AsyncStore store, Fiber.Body body) {
        fiber = store.newFiber(name, this, body);
        if (scope != null) {
            fiber.onResume(() -> instance.switchTask(scope));
        }
        return fiber;
    }

    private InstanceConcurrency concurrency() {
        return InstanceConcurrency.of(instance);
    }

    private boolean hasBackpressure() {
        return instance.backpressure() > 0 || (needsExclusive && concurrency().exclusive != null);
    }

    /**
     * The spec's {@code enter_implicit_thread}: waits while the instance has backpressure (or is held
     * exclusively); false when the task was cancelled while waiting (it then resolved as cancelled).
     */
    public boolean enterImplicitThread() throws Trap {
        InstanceConcurrency c = concurrency();
        if (hasBackpressure() || c.waitingToEnter > 0) {
            c.waitingToEnter++;
            boolean cancelled;
            try {
                cancelled = AsyncStore.waitUntil(() -> !hasBackpressure(), true, "task " + name
                        + " waiting to enter its instance");
            } finally {
                c.waitingToEnter--;
            }
            if (cancelled) {
                cancel();
                return false;
            }
        }
        if (needsExclusive) {
            c.exclusive = fiber;
        }
        return true;
    }

    /** The spec's {@code exit_implicit_thread}: traps unless the task resolved. */
    public void exitImplicitThread() throws Trap {
        if (needsExclusive && concurrency().exclusive == fiber) {
            concurrency().exclusive = null;
        }
        if (state != State.RESOLVED) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "async-lifted " + name
                    + " finished without calling task.return (or task.cancel)");
        }
        if (scope != null) {
            scope.checkReturn();
        }
    }

    /** Releases the instance while the callback loop waits; {@link #reacquire} takes it back. */
    public void release() {
        concurrency().exclusive = null;
    }

    public boolean instanceFree() {
        return concurrency().exclusive == null;
    }

    public void reacquire() {
        concurrency().exclusive = fiber;
    }

    /** {@code task.start}: the arguments from the caller. */
    public List<Val> start() throws Trap {
        state = State.STARTED;
        return onStart.start();
    }

    /** Resolves the task with {@code results} ({@code task.return}, or a synchronous callee returning). */
    public void resolve(List<Val> results) throws Trap {
        if (state == State.RESOLVED) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "task.return called by " + name + " after it resolved");
        }
        onResolve.resolve(results);
        state = State.RESOLVED;
    }

    /** {@code task.cancel}. */
    public void cancel() throws Trap {
        if (state != State.CANCEL_DELIVERED) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "task.cancel called by " + name
                    + ", whose cancellation was not requested (or already resolved)");
        }
        if (scope != null) {
            scope.checkReturn();
        }
        onResolve.resolve(null);
        state = State.RESOLVED;
    }

    /** The spec's {@code deliver_pending_cancel}. */
    public boolean deliverPendingCancel(boolean cancellable) {
        if (cancellable && state == State.PENDING_CANCEL) {
            state = State.CANCEL_DELIVERED;
            return true;
        }
        return false;
    }

    /** The spec's {@code request_cancellation}, made by {@code caller} ({@code subtask.cancel}). */
    public void requestCancellation(InstanceState caller) throws Trap {
        if (state == State.INITIAL) {
            state = State.CANCEL_DELIVERED;
            fiber.resume(true);
            return;
        }
        if (state != State.STARTED) {
            return;
        }
        boolean candidate = fiber.cancellable()
                && !(needsExclusive && concurrency().exclusive != null && concurrency().exclusive != fiber);
        if (candidate && instance.mayEnterFrom(caller)) {
            state = State.CANCEL_DELIVERED;
            instance.enterFrom(caller);
            fiber.resume(true);
            instance.leaveTo(caller);
        } else {
            state = State.PENDING_CANCEL;
        }
    }
}
