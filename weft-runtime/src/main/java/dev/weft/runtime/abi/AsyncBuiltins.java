package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.async.AsyncStore;
import dev.weft.runtime.async.AsyncTask;
import dev.weft.runtime.async.Event;
import dev.weft.runtime.async.Fiber;
import dev.weft.runtime.async.Subtask;
import dev.weft.runtime.async.Waitable;
import dev.weft.runtime.async.WaitableSet;
import dev.weft.runtime.resource.HandleElement;
import dev.weft.runtime.resource.InstanceState;

/**
 * The task, waitable and subtask built-ins of component-model async (CanonicalABI.md {@code canon
 * waitable-set.*}, {@code waitable.join}, {@code subtask.*}, {@code task.cancel}, {@code thread.yield}) as flat
 * core functions of one instance.
 */
public final class AsyncBuiltins {
    /** {@code BLOCKED}: the operation did not complete yet; an event will report it. */
    public static final long BLOCKED = 0xffff_ffffL;
    private static final long[] NONE = new long[0];

    private AsyncBuiltins() {
    }

    /** The running async task of the calling thread, or null in a synchronous task. */
    static AsyncTask currentAsyncTask() {
        Fiber fiber = Fiber.current();
        return fiber == null ? null : fiber.task();
    }

    static <T extends HandleElement> T element(InstanceState instance, int index, Class<T> kind, String what,
                                              String builtin) throws Trap {
        HandleElement e = instance.handles().get(index);
        if (!kind.isInstance(e)) {
            throw new Trap(TrapKind.COMPONENT_MODEL, builtin + ": handle " + Integer.toUnsignedString(index)
                    + " is not a " + what);
        }
        return kind.cast(e);
    }

    /** {@code waitable-set.new}. */
    public static FlatFunction waitableSetNew(InstanceState instance) {
        return args -> {
            instance.checkMayLeave("waitable-set.new");
            return new long[] {instance.handles().add(new WaitableSet())};
        };
    }

    /** {@code waitable-set.wait cancellable? memory}: stores the event's index and payload at the pointer. */
    public static FlatFunction waitableSetWait(InstanceState instance, boolean cancellable, CanonOptions options) {
        return args -> {
            instance.checkMayLeave("waitable-set.wait");
            int si = (int) args[0];
            WaitableSet set = element(instance, si, WaitableSet.class, "waitable set", "waitable-set.wait");
            Event event = set.waitForEventAnd(() -> true, cancellable, "waitable-set.wait on set " + si);
            return unpack(options, (int) args[1], event);
        };
    }

    /** {@code waitable-set.poll cancellable? memory}. */
    public static FlatFunction waitableSetPoll(InstanceState instance, boolean cancellable, CanonOptions options) {
        return args -> {
            instance.checkMayLeave("waitable-set.poll");
            WaitableSet set = element(instance, (int) args[0], WaitableSet.class, "waitable set",
                    "waitable-set.poll");
            return unpack(options, (int) args[1], set.poll(currentAsyncTask(), cancellable));
        };
    }

    private static long[] unpack(CanonOptions options, int ptr, Event event) throws Trap {
        GuestMemory memory = options.requireMemory();
        long p = Integer.toUnsignedLong(ptr);
        if ((p & 3) != 0 || !memory.contains(p, 8)) {
            throw new Trap(TrapKind.MEMORY_OUT_OF_BOUNDS, "event pointer " + p + " is misaligned or out of bounds");
        }
        memory.writeI32(p, event.index());
        memory.writeI32(p + 4, event.payload());
        return new long[] {event.code()};
    }

    /** {@code waitable-set.drop}. */
    public static FlatFunction waitableSetDrop(InstanceState instance) {
        return args -> {
            instance.checkMayLeave("waitable-set.drop");
            WaitableSet set = element(instance, (int) args[0], WaitableSet.class, "waitable set",
                    "waitable-set.drop");
            set.drop();
            instance.handles().remove((int) args[0]);
            return NONE;
        };
    }

    /** {@code waitable.join}: {@code si} 0 takes the waitable out of its set. */
    public static FlatFunction waitableJoin(InstanceState instance) {
        return args -> {
            instance.checkMayLeave("waitable.join");
            Waitable w = element(instance, (int) args[0], Waitable.class, "waitable", "waitable.join");
            if (w.hasSyncWaiter()) {
                throw new Trap(TrapKind.COMPONENT_MODEL, "waitable.join of a waitable a task waits for synchronously");
            }
            int si = (int) args[1];
            w.join(si == 0 ? null : element(instance, si, WaitableSet.class, "waitable set", "waitable.join"));
            return NONE;
        };
    }

    /** {@code subtask.drop}. */
    public static FlatFunction subtaskDrop(InstanceState instance) {
        return args -> {
            instance.checkMayLeave("subtask.drop");
            Subtask s = element(instance, (int) args[0], Subtask.class, "subtask", "subtask.drop");
            s.drop();
            instance.handles().remove((int) args[0]);
            return NONE;
        };
    }

    /** {@code subtask.cancel async?}: the subtask's state once resolved, or {@link #BLOCKED}. */
    public static FlatFunction subtaskCancel(InstanceState instance, boolean async) {
        return args -> {
            instance.checkMayLeave("subtask.cancel");
            int i = (int) args[0];
            Subtask s = element(instance, i, Subtask.class, "subtask", "subtask.cancel");
            if (s.inWaitableSet() && !async) {
                throw new Trap(TrapKind.COMPONENT_MODEL, "synchronous subtask.cancel of a subtask in a waitable set");
            }
            boolean wasResolved = s.resolved();
            s.requestCancellation(instance);
            if (!wasResolved && !s.resolved()) {
                if (!async) {
                    s.waitForPendingEvent("subtask.cancel of subtask " + i);
                } else {
                    return new long[] {BLOCKED};
                }
            }
            if (!s.hasPendingEvent()) {
                // resolved before it had a handle-visible event: report its state directly
                if (!s.resolveDelivered()) {
                    s.deliverResolve();
                }
                return new long[] {s.state()};
            }
            return new long[] {s.takePendingEvent().payload()};
        };
    }

    /** {@code task.cancel}. */
    public static FlatFunction taskCancel(InstanceState instance) {
        return args -> {
            instance.checkMayLeave("task.cancel");
            AsyncTask task = currentAsyncTask();
            if (task == null) {
                throw new Trap(TrapKind.COMPONENT_MODEL, "task.cancel called by a task that is not lifted async");
            }
            task.cancel();
            return NONE;
        };
    }

    /** {@code thread.yield cancellable?} (formerly {@code yield}): 1 when cancelled. */
    public static FlatFunction threadYield(InstanceState instance, boolean cancellable) {
        return args -> {
            instance.checkMayLeave("thread.yield");
            return new long[] {AsyncStore.yieldNow(cancellable) ? 1 : 0};
        };
    }
}
