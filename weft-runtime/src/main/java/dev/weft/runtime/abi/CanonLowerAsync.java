package dev.weft.runtime.abi;

import dev.weft.component.types.FuncType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.async.AsyncStore;
import dev.weft.runtime.async.AsyncTask;
import dev.weft.runtime.async.Fiber;
import dev.weft.runtime.async.Subtask;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.SubtaskScope;
import dev.weft.value.Val;

import java.util.List;

/**
 * {@code canon lower async}: the core function takes at most {@link #MAX_FLAT_ASYNC_PARAMS} flat parameters (else
 * one pointer to them), then a pointer the results are stored at, and returns the subtask's state, with the
 * subtask's handle index above the low 4 bits while it is not resolved. A callee lifted async starts as a task
 * that may block (the caller then gets {@code STARTING} or {@code STARTED} and a {@link Subtask} handle); any
 * other callee (the host, a synchronous lift) runs to completion: {@code RETURNED}.
 */
public final class CanonLowerAsync implements FlatFunction {
    /** {@code MAX_FLAT_ASYNC_PARAMS}. */
    public static final int MAX_FLAT_ASYNC_PARAMS = 4;
    /** {@code Subtask.State.RETURNED}, packed with subtask handle 0. */
    static final int RETURNED = Subtask.RETURNED;

    private final String name;
    private final CanonOptions options;
    private final InstanceState instance;
    private final HostFunction callee;
    private final AsyncLift asyncCallee;
    private final CanonLift syncCallee;
    private final TypeLayouts layouts;
    private final FuncLayout funcLayout;
    private final int flatParamCount;

    /** @param instance the calling (lowering) instance */
    public CanonLowerAsync(String name, FuncType type, CanonOptions options, InstanceState instance,
                           HostFunction callee, TypeLayouts layouts) {
        this(name, type, options, instance, callee, null, layouts);
    }

    /**
     * @param liftedCallee the callee's lift when a component lifted it (an async lift is called as a task, a
     *                     synchronous one on a fiber of its own, so that it may block), or null for the host's
     */
    public CanonLowerAsync(String name, FuncType type, CanonOptions options, InstanceState instance,
                           HostFunction callee, CanonLift liftedCallee, TypeLayouts layouts) {
        this.name = name;
        this.options = options;
        this.instance = instance;
        this.callee = callee;
        this.asyncCallee = liftedCallee == null ? null : liftedCallee.async().orElse(null);
        this.syncCallee = liftedCallee == null || asyncCallee != null ? null : liftedCallee;
        this.layouts = layouts;
        this.funcLayout = layouts.function(type);
        int flat = funcLayout.flatParams().size();
        int params = flat > MAX_FLAT_ASYNC_PARAMS ? 1 : flat;
        this.flatParamCount = params + (funcLayout.results().isEmpty() ? 0 : 1);
    }

    @Override
    public long[] call(long[] flatArgs) throws Trap {
        instance.checkMayLeave("call to import " + name);
        if (flatArgs.length != flatParamCount) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "async import " + name + " called with " + flatArgs.length
                    + " core values, expected " + flatParamCount);
        }
        if (asyncCallee != null) {
            return callTask(flatArgs);
        }
        return syncCallee != null ? callOnFiber(flatArgs) : callToCompletion(flatArgs);
    }

    private List<Val> liftArgs(LiftLowerContext cx, FlatReader reader) throws Trap {
        return FlatValues.lift(cx, MAX_FLAT_ASYNC_PARAMS, reader, funcLayout.params(), funcLayout.paramTuple(),
                funcLayout.flatParams().size());
    }

    private void storeResults(LiftLowerContext cx, List<Val> results, FlatReader reader) throws Trap {
        if (!funcLayout.results().isEmpty()) {
            // always through the result pointer: maxFlat 0 forces the memory path
            FlatValues.lower(cx, 0, results, funcLayout.results(), funcLayout.resultTuple(),
                    funcLayout.flatResults().size(), reader, new FlatWriter(0));
        }
    }

    private long[] callToCompletion(long[] flatArgs) throws Trap {
        SubtaskScope subtask = new SubtaskScope();
        LiftLowerContext cx = new LiftLowerContext(options, instance, subtask, layouts);
        FlatReader reader = new FlatReader(flatArgs);
        List<Val> results = CanonLower.invokeHost(callee, name, liftArgs(cx, reader));
        storeResults(cx, results, reader);
        subtask.deliverResolve();
        return new long[] {RETURNED};
    }

    /**
     * A synchronous guest callee runs on a fiber of its own (the spec's thread of its task): if it blocks (a
     * synchronous call of an async function inside), the caller gets {@code STARTED} and a subtask.
     */
    private long[] callOnFiber(long[] flatArgs) throws Trap {
        Subtask subtask = new Subtask();
        LiftLowerContext cx = new LiftLowerContext(options, instance, subtask.lenders(), layouts);
        FlatReader reader = new FlatReader(flatArgs);
        int[] index = new int[1];
        InstanceState calleeInstance = syncCallee.instance();
        boolean asyncType = syncCallee.type().async();
        AsyncTask task = new AsyncTask(name, calleeInstance, true, null, () -> {
            subtask.started();
            List<Val> args = liftArgs(cx, reader);
            if (index[0] != 0) {
                subtask.progressed(index[0]);
            }
            return args;
        }, results -> {
            if (results != null) {
                storeResults(cx, results, reader);
            }
            subtask.resolve(results != null);
            if (index[0] != 0) {
                subtask.progressed(index[0]);
            }
        });
        Fiber fiber = task.newFiber(AsyncStore.current(), () -> {
            // an async-typed function lifted without `async` still queues behind backpressure and holds its
            // instance exclusively while it runs
            if (asyncType && !task.enterImplicitThread()) {
                return;
            }
            task.resolve(syncCallee.callWithoutEntering(instance, task.start()));
            if (asyncType) {
                task.exitImplicitThread();
            }
        });
        subtask.setCanceller(task::requestCancellation);
        calleeInstance.checkEnterFrom(instance);
        calleeInstance.enterFrom(instance);
        try {
            fiber.resume(false);
        } catch (Trap trap) {
            calleeInstance.poison(instance, trap);
            throw trap;
        }
        calleeInstance.leaveTo(instance);
        if (subtask.resolved()) {
            subtask.deliverResolve();
            return new long[] {RETURNED};
        }
        index[0] = instance.handles().add(subtask);
        return new long[] {Integer.toUnsignedLong(subtask.state() | (index[0] << 4))};
    }

    private long[] callTask(long[] flatArgs) throws Trap {
        Subtask subtask = new Subtask();
        LiftLowerContext cx = new LiftLowerContext(options, instance, subtask.lenders(), layouts);
        FlatReader reader = new FlatReader(flatArgs);
        int[] index = new int[1];
        AsyncTask.OnStart onStart = () -> {
            subtask.started();
            List<Val> args = liftArgs(cx, reader);
            if (index[0] != 0) {
                subtask.progressed(index[0]);
            }
            return args;
        };
        AsyncTask.OnResolve onResolve = results -> {
            if (results != null) {
                storeResults(cx, results, reader);
            }
            subtask.resolve(results != null);
            if (index[0] != 0) {
                subtask.progressed(index[0]);
            }
        };
        subtask.setCanceller(asyncCallee.start(instance, onStart, onResolve, false));
        if (subtask.resolved()) {
            subtask.deliverResolve();
            return new long[] {RETURNED};
        }
        index[0] = instance.handles().add(subtask);
        return new long[] {Integer.toUnsignedLong(subtask.state() | (index[0] << 4))};
    }
}
