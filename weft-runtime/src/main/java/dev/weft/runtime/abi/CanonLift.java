package dev.weft.runtime.abi;

import dev.weft.runtime.resource.HostArgumentHandles;

import dev.weft.component.types.FuncType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.TaskScope;
import dev.weft.value.Val;

import java.util.List;

/**
 * Calling a lifted core function from the host (the spec's {@code Store.lift} + synchronous {@code canon_lift}):
 * enter checks, lower the arguments into the callee, call, lift the results, check no borrow outlives the call,
 * run {@code post-return}. An async lift (with its callback, when it has one) is an {@link AsyncLift}: each call is a
 * task on a fiber of its own, and a synchronous caller waits (runs other tasks) until it resolves. A lift made with
 * {@link Mode#ASYNC_CALLBACK} but no callback function runs to completion and traps on a wait or yield.
 */
public final class CanonLift {
    /** How the callee returns: flat results (sync), {@code task.return} (async), or a callback code as well. */
    public enum Mode { SYNC, ASYNC, ASYNC_CALLBACK }

    /** The callback code {@code EXIT}: the task is done. */
    private static final int CALLBACK_EXIT = 0;

    private final Mode mode;
    private final FuncType type;
    private final CanonOptions options;
    private final InstanceState instance;
    private final FlatFunction callee;
    private final TypeLayouts layouts;
    private final FuncLayout funcLayout;
    private final FuncCodecs codecs;
    private final int flatResultCount;
    private final String name;
    /** The async machinery of an async lift, null for a synchronous one. */
    private final AsyncLift async;

    /**
     * @param name     the export's name, for messages
     * @param callee   the core function being lifted
     * @param layouts  the component's layout cache
     */
    public CanonLift(String name, FuncType type, CanonOptions options, InstanceState instance, FlatFunction callee,
                     TypeLayouts layouts) {
        this(name, type, options, instance, callee, layouts, Mode.SYNC);
    }

    /** A lift in {@code mode}; for the async modes {@code options} has no post-return. */
    public CanonLift(String name, FuncType type, CanonOptions options, InstanceState instance, FlatFunction callee,
                     TypeLayouts layouts, Mode mode) {
        this(name, type, options, instance, callee, layouts, mode, null);
    }

    /** A lift in {@code mode}; {@code callback} is the callback core function of {@link Mode#ASYNC_CALLBACK}. */
    public CanonLift(String name, FuncType type, CanonOptions options, InstanceState instance, FlatFunction callee,
                     TypeLayouts layouts, Mode mode, FlatFunction callback) {
        this(name, new Prepared(type, layouts, mode), options, instance, callee, callback);
    }

    private CanonLift(String name, Prepared prepared, CanonOptions options, InstanceState instance,
                      FlatFunction callee, FlatFunction callback) {
        Mode mode = prepared.mode;
        this.async = mode == Mode.SYNC || (mode == Mode.ASYNC_CALLBACK && callback == null) ? null
                : new AsyncLift(name, prepared.type, options, instance, callee, callback, prepared.layouts);
        this.mode = mode;
        this.name = name;
        this.type = prepared.type;
        this.options = options;
        this.instance = instance;
        this.callee = callee;
        this.layouts = prepared.layouts;
        this.funcLayout = prepared.funcLayout;
        this.codecs = prepared.codecs;
        this.flatResultCount = prepared.flatResultCount;
    }

    /**
     * What lifting one function type in one mode takes that does not depend on the instance (its layout, planned
     * lowering and lifting, core result count), worked out once by {@link #prepare} and shared by the lifts made
     * with {@link #bind}: an instantiation plan makes one per {@code canon lift} and binds it per instance.
     */
    public static final class Prepared {
        private final Mode mode;
        private final FuncType type;
        private final TypeLayouts layouts;
        private final FuncLayout funcLayout;
        private final FuncCodecs codecs;
        private final int flatResultCount;

        private Prepared(FuncType type, TypeLayouts layouts, Mode mode) {
            this.mode = mode;
            this.type = type;
            this.layouts = layouts;
            this.funcLayout = layouts.function(type);
            this.codecs = layouts.codecs(type);
            this.flatResultCount = switch (mode) {
                case SYNC -> Flattening.flattenFuncType(layouts, type, Flattening.Context.LIFT).results().size();
                case ASYNC -> 0;
                case ASYNC_CALLBACK -> 1;
            };
        }

        /**
         * The lift of {@code callee} in {@code instance}, as {@link CanonLift#CanonLift(String, FuncType,
         * CanonOptions, InstanceState, FlatFunction, TypeLayouts, Mode, FlatFunction)} makes it.
         */
        public CanonLift bind(String name, CanonOptions options, InstanceState instance, FlatFunction callee,
                              FlatFunction callback) {
            return new CanonLift(name, this, options, instance, callee, callback);
        }
    }

    /** The instance-independent part of lifting {@code type} in {@code mode}, to {@link Prepared#bind} per instance. */
    public static Prepared prepare(FuncType type, TypeLayouts layouts, Mode mode) {
        return new Prepared(type, layouts, mode);
    }

    public FuncType type() {
        return type;
    }

    /** Which parameters can hold handles, for checking the host's arguments (planned once per function type). */
    public HostArgumentHandles argumentHandles() {
        return codecs.argumentHandles();
    }

    /** The async lift (tasks, callback loop) when this lift is async, else empty. */
    public java.util.Optional<AsyncLift> async() {
        return java.util.Optional.ofNullable(async);
    }

    /**
     * This export as a host function called from {@code caller}'s lowered import: wiring
     * {@code new CanonLower(.., callerState, lift.calledFrom(callerState), ..)} connects two component instances
     * (values pass through {@link dev.weft.value.Val}s; handles move, borrows are lent, re-entry is checked).
     */
    public HostFunction calledFrom(InstanceState caller) {
        return args -> call(caller, args);
    }

    /** Calls the export from the host ({@code caller} = none) with {@code args}; returns 0 or 1 results. */
    public List<Val> call(List<Val> args) throws Trap {
        return call(null, args);
    }

    /**
     * Calls the export; {@code caller} is the instance calling it (a component importing it through the host),
     * or {@code null} for the host itself.
     */
    public List<Val> call(InstanceState caller, List<Val> args) throws Trap {
        if (async != null) {
            return async.callAndWait(caller, args);
        }
        instance.checkEnterFrom(caller);
        instance.enterFrom(caller);
        // on a trap the instance stays entered (may_enter cleared), so it cannot be entered again
        List<Val> results;
        try {
            results = callEntered(args, caller == null);
        } catch (Trap trap) {
            instance.poison(caller, trap);
            throw trap;
        }
        instance.leaveTo(caller);
        return results;
    }

    /**
     * Runs a synchronous lift's call without entering or leaving the instance: for a caller that does that itself
     * around the part of the call that runs before the callee first blocks ({@code canon lower async} of a
     * synchronous callee, which runs on its own fiber).
     */
    public List<Val> callWithoutEntering(InstanceState caller, List<Val> args) throws Trap {
        try {
            return callEntered(args, caller == null);
        } catch (Trap trap) {
            instance.poison(caller, trap);
            throw trap;
        }
    }

    /** The instance that lifted this function. */
    public InstanceState instance() {
        return instance;
    }

    private List<Val> callEntered(List<Val> args, boolean fromHost) throws Trap {
        TaskScope task = mode == Mode.SYNC ? new TaskScope(name) : new TaskScope(name, funcLayout.results());
        TaskScope previous = instance.switchTask(task);
        try {
            return mode == Mode.SYNC ? callSync(task, args, fromHost) : callAsync(task, args, fromHost);
        } finally {
            instance.switchTask(previous);
        }
    }

    private long[] lowerArgs(LiftLowerContext cx, List<Val> args) throws Trap {
        FlatWriter flatArgs = new FlatWriter(Math.min(funcLayout.flatParams().size(), Flattening.MAX_FLAT_PARAMS));
        codecs.params().lower(cx, Flattening.MAX_FLAT_PARAMS, args, null, flatArgs);
        return flatArgs.toArray();
    }

    private List<Val> callAsync(TaskScope task, List<Val> args, boolean fromHost) throws Trap {
        LiftLowerContext cx = new LiftLowerContext(options, instance, task, layouts).calling(name);
        if (fromHost) {
            cx.withHostValues();
        }
        long[] flatResults = callCore(callee, lowerArgs(cx, args), name);
        int got = flatResults == null ? 0 : flatResults.length;
        if (got != flatResultCount) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "async-lifted core function for " + name + " returned " + got + " values, expected "
                    + flatResultCount);
        }
        // the low 4 bits of a callback's result are the code, the rest a waitable-set index
        if (mode == Mode.ASYNC_CALLBACK && ((int) flatResults[0] & 0xf) != CALLBACK_EXIT) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "async-lifted " + name + " returned callback code " + ((int) flatResults[0] & 0xf)
                    + " (yield/wait): Weft runs async exports synchronously and cannot suspend them");
        }
        return task.returned().orElseThrow(() -> new Trap(TrapKind.COMPONENT_MODEL, "async-lifted " + name
                + " finished without calling task.return"));
    }

    private List<Val> callSync(TaskScope task, List<Val> args, boolean fromHost) throws Trap {
        LiftLowerContext cx = new LiftLowerContext(options, instance, task, layouts).calling(name);
        if (fromHost) {
            cx.withHostValues();
        }
        long[] flatResults = callCore(callee, lowerArgs(cx, args), name);
        if (flatResults == null || flatResults.length != flatResultCount) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "core function for " + name + " returned "
                    + (flatResults == null ? "nothing" : flatResults.length + " values") + ", expected "
                    + flatResultCount);
        }
        List<Val> results = codecs.results().lift(cx, Flattening.MAX_FLAT_RESULTS, new FlatReader(flatResults));
        task.checkReturn();
        FlatFunction postReturn = options.postReturn();
        if (postReturn != null) {
            instance.setMayLeave(false);
            callCore(postReturn, flatResults, "post-return of " + name);
            instance.setMayLeave(true);
        }
        return results;
    }

    /** Calls core code; an unexpected Java exception from the engine becomes a Trap too. */
    static long[] callCore(FlatFunction f, long[] args, String what) throws Trap {
        try {
            return f.call(args);
        } catch (RuntimeException e) {
            throw new Trap(what + " failed: " + e, e);
        }
    }
}
