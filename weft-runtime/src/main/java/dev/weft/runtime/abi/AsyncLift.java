package dev.weft.runtime.abi;

import dev.weft.component.types.FuncType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.async.AsyncStore;
import dev.weft.runtime.async.AsyncTask;
import dev.weft.runtime.async.Event;
import dev.weft.runtime.async.Fiber;
import dev.weft.runtime.async.Subtask;
import dev.weft.runtime.async.WaitableSet;
import dev.weft.runtime.resource.HandleElement;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.TaskScope;
import dev.weft.value.Val;

import java.util.List;

/**
 * {@code canon lift} with the {@code async} option (CanonicalABI.md {@code canon_lift}): each call is an
 * {@link AsyncTask} whose implicit thread is a {@link Fiber}. Without a callback (stackful) the core function
 * runs to its end and may block inside built-ins; with one, the core function and then the callback return
 * {@code EXIT}, {@code YIELD} or {@code WAIT|set<<4}, and this loop waits and calls the callback with the event.
 */
public final class AsyncLift {
    static final int CALLBACK_EXIT = 0;
    static final int CALLBACK_YIELD = 1;
    static final int CALLBACK_WAIT = 2;

    private final String name;
    private final CanonOptions options;
    private final InstanceState instance;
    private final FlatFunction callee;
    private final FlatFunction callback;
    private final TypeLayouts layouts;
    private final FuncLayout funcLayout;
    private final FuncCodecs codecs;

    /** @param callback the callback core function, or {@code null} for a stackful lift */
    AsyncLift(String name, FuncType type, CanonOptions options, InstanceState instance, FlatFunction callee,
              FlatFunction callback, TypeLayouts layouts) {
        this.name = name;
        this.options = options;
        this.instance = instance;
        this.callee = callee;
        this.callback = callback;
        this.layouts = layouts;
        this.funcLayout = layouts.function(type);
        this.codecs = layouts.codecs(type);
    }

    /**
     * A synchronous call (from the host, or a synchronous {@code canon lower}): starts the task and waits (runs
     * other tasks) until it resolves.
     */
    public List<Val> callAndWait(InstanceState caller, List<Val> args) throws Trap {
        Object[] result = new Object[1];
        boolean[] resolved = new boolean[1];
        start(caller, () -> args, values -> {
            result[0] = values;
            resolved[0] = true;
        }, caller == null);
        AsyncStore.waitUntil(() -> resolved[0], false, "the call of " + name);
        @SuppressWarnings("unchecked")
        List<Val> values = (List<Val>) result[0];
        if (values == null) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "async-lifted " + name + " was cancelled");
        }
        return values;
    }

    /**
     * Starts a call from {@code caller} (null: the host): runs the new task until it blocks or ends, and returns
     * how to request its cancellation.
     */
    public Subtask.Canceller start(InstanceState caller, AsyncTask.OnStart onStart, AsyncTask.OnResolve onResolve,
                                   boolean fromHost) throws Trap {
        instance.checkEnterFrom(caller);
        instance.enterFrom(caller);
        TaskScope scope = new TaskScope(name, funcLayout.results());
        AsyncTask task = new AsyncTask(name, instance, callback != null, scope, onStart, onResolve);
        task.setLiftOptions(options);
        Fiber fiber = task.newFiber(AsyncStore.current(), () -> run(task, fromHost));
        try {
            fiber.resume(false);
        } catch (Trap trap) {
            instance.poison(caller, trap);
            throw trap;
        }
        instance.leaveTo(caller);
        return task::requestCancellation;
    }

    private void run(AsyncTask task, boolean fromHost) throws Trap {
        try {
            if (!task.enterImplicitThread()) {
                return;
            }
            LiftLowerContext cx = new LiftLowerContext(options, instance, task.scope(), layouts).calling(name);
            if (fromHost) {
                cx.withHostValues();
            }
            List<Val> args = task.start();
            FlatWriter flatArgs = new FlatWriter(Math.min(funcLayout.flatParams().size(),
                    Flattening.MAX_FLAT_PARAMS));
            codecs.params().lower(cx, Flattening.MAX_FLAT_PARAMS, args, null, flatArgs);
            long[] results = CanonLift.callCore(callee, flatArgs.toArray(), name);
            int got = results == null ? 0 : results.length;
            int expected = callback == null ? 0 : 1;
            if (got != expected) {
                throw new Trap(TrapKind.COMPONENT_MODEL, "async-lifted core function for " + name + " returned "
                        + got + " values, expected " + expected);
            }
            if (callback != null) {
                callbackLoop(task, (int) results[0]);
            }
            task.exitImplicitThread();
        } finally {
            instance.switchTask(null);
        }
    }

    private void callbackLoop(AsyncTask task, int packed) throws Trap {
        while (true) {
            int code = packed & 0xf;
            if (code == CALLBACK_EXIT) {
                return;
            }
            Event event = switch (code) {
                case CALLBACK_YIELD -> {
                    task.release();
                    boolean cancelled = AsyncStore.waitUntil(task::instanceFree, true, name + " yielding");
                    yield cancelled ? Event.CANCELLED : Event.NOTHING;
                }
                case CALLBACK_WAIT -> {
                    int index = packed >>> 4;
                    HandleElement element = instance.handles().get(index);
                    if (!(element instanceof WaitableSet set)) {
                        throw new Trap(TrapKind.COMPONENT_MODEL, "async-lifted " + name + " asked to wait on handle "
                                + index + ", which is not a waitable set");
                    }
                    task.release();
                    yield set.waitForEventAnd(task::instanceFree, true, name + " waiting on waitable set " + index);
                }
                default -> throw new Trap(TrapKind.COMPONENT_MODEL, "async-lifted " + name
                        + " returned invalid callback code " + code);
            };
            task.reacquire();
            long[] next = CanonLift.callCore(callback, new long[] {event.code(), event.index(),
                    event.payload()}, "callback of " + name);
            if (next == null || next.length != 1) {
                throw new Trap(TrapKind.COMPONENT_MODEL, "callback of " + name + " returned "
                        + (next == null ? 0 : next.length) + " values, expected 1");
            }
            packed = (int) next[0];
        }
    }
}
