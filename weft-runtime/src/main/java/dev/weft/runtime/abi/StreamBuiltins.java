package dev.weft.runtime.abi;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.async.CopyEnd;
import dev.weft.runtime.async.Event;
import dev.weft.runtime.async.SharedFuture;
import dev.weft.runtime.async.SharedStream;
import dev.weft.runtime.resource.InstanceState;

import java.util.Objects;

/**
 * The stream and future built-ins (CanonicalABI.md {@code canon stream.new/read/write/cancel-read/cancel-write/
 * drop-readable/drop-writable} and the {@code future.*} ones) as flat core functions of one instance. A copy that
 * cannot complete at once returns {@link AsyncBuiltins#BLOCKED} when {@code async}, else waits.
 */
public final class StreamBuiltins {
    private static final long[] NONE = new long[0];

    private StreamBuiltins() {
    }

    /** {@code stream.new} / {@code future.new}: the readable end's index, the writable end's in the high half. */
    public static FlatFunction newEnds(InstanceState instance, boolean future, ValueType element) {
        return args -> {
            instance.checkMayLeave(future ? "future.new" : "stream.new");
            CopyEnd readable;
            CopyEnd writable;
            if (future) {
                SharedFuture shared = new SharedFuture(element);
                readable = CopyEnd.of(CopyEnd.Kind.READABLE_FUTURE, shared);
                writable = CopyEnd.of(CopyEnd.Kind.WRITABLE_FUTURE, shared);
            } else {
                SharedStream shared = new SharedStream(element);
                readable = CopyEnd.of(CopyEnd.Kind.READABLE_STREAM, shared);
                writable = CopyEnd.of(CopyEnd.Kind.WRITABLE_STREAM, shared);
            }
            long ri = instance.handles().add(readable);
            long wi = instance.handles().add(writable);
            return new long[] {ri | (wi << 32)};
        };
    }

    private static CopyEnd end(InstanceState instance, int index, CopyEnd.Kind kind, ValueType element,
                               String builtin) throws Trap {
        CopyEnd e = AsyncBuiltins.element(instance, index, CopyEnd.class, kind.toString().toLowerCase(), builtin);
        if (e.kind() != kind) {
            throw new Trap(TrapKind.COMPONENT_MODEL, builtin + ": handle " + Integer.toUnsignedString(index)
                    + " is a " + e.describe() + ", not a " + CopyEnd.of(kind, (SharedStream) null).describe());
        }
        if (!Objects.equals(e.element(), element)) {
            throw new Trap(TrapKind.COMPONENT_MODEL, builtin + ": handle " + Integer.toUnsignedString(index)
                    + " has another element type than the built-in's");
        }
        return e;
    }

    /** The start of every copy built-in: {@code may_leave}, the end at {@code index}, which must be idle. */
    private static CopyEnd idleEnd(InstanceState instance, int index, CopyEnd.Kind kind, ValueType element,
                                   boolean async, String builtin) throws Trap {
        instance.checkMayLeave(builtin);
        CopyEnd e = end(instance, index, kind, element, builtin);
        checkIdle(e, async, builtin);
        return e;
    }

    private static void checkIdle(CopyEnd e, boolean async, String builtin) throws Trap {
        if (e.state() != CopyEnd.State.IDLE) {
            throw new Trap(TrapKind.COMPONENT_MODEL, builtin + ": the " + e.describe() + " is "
                    + (e.state() == CopyEnd.State.DONE ? "done (its other end was dropped or its value copied)"
                    : "already copying"));
        }
        if (e.inWaitableSet() && !async) {
            throw new Trap(TrapKind.COMPONENT_MODEL, builtin + ": synchronous copy of an end in a waitable set");
        }
    }

    /** {@code stream.read} / {@code stream.write} (args: index, pointer, length). */
    public static FlatFunction streamCopy(InstanceState instance, CopyEnd.Kind kind, ValueType element,
                                          CanonOptions options, boolean async, TypeLayouts layouts) {
        String builtin = kind == CopyEnd.Kind.READABLE_STREAM ? "stream.read" : "stream.write";
        return args -> {
            int i = (int) args[0];
            CopyEnd e = idleEnd(instance, i, kind, element, async, builtin);
            LiftLowerContext cx = new LiftLowerContext(options, instance, null, layouts);
            GuestCopyBuffer buffer = new GuestCopyBuffer(element, cx, Integer.toUnsignedLong((int) args[1]),
                    Integer.toUnsignedLong((int) args[2]));
            SharedStream.OnCopy onCopy = reclaim -> e.setPendingEvent(() -> streamEvent(e, i, buffer,
                    CopyEnd.COMPLETED, reclaim));
            SharedStream.OnCopyDone onCopyDone = result -> e.setPendingEvent(() -> streamEvent(e, i, buffer,
                    result, () -> { }));
            e.setState(CopyEnd.State.COPYING);
            if (kind == CopyEnd.Kind.READABLE_STREAM) {
                e.stream().read(instance, buffer, onCopy, onCopyDone);
            } else {
                e.stream().write(instance, buffer, onCopy, onCopyDone);
            }
            return finish(e, async, builtin + " of handle " + i);
        };
    }

    private static Event streamEvent(CopyEnd e, int index, GuestCopyBuffer buffer, int result, Runnable reclaim) {
        reclaim.run();
        e.setState(result == CopyEnd.DROPPED ? CopyEnd.State.DONE : CopyEnd.State.IDLE);
        return new Event(e.kind().eventCode(), index, result | (buffer.progress() << 4));
    }

    /** {@code future.read} / {@code future.write} (args: index, pointer). */
    public static FlatFunction futureCopy(InstanceState instance, CopyEnd.Kind kind, ValueType element,
                                          CanonOptions options, boolean async, TypeLayouts layouts) {
        String builtin = kind == CopyEnd.Kind.READABLE_FUTURE ? "future.read" : "future.write";
        return args -> {
            int i = (int) args[0];
            CopyEnd e = idleEnd(instance, i, kind, element, async, builtin);
            LiftLowerContext cx = new LiftLowerContext(options, instance, null, layouts);
            GuestCopyBuffer buffer = new GuestCopyBuffer(element, cx, Integer.toUnsignedLong((int) args[1]), 1);
            SharedStream.OnCopyDone onCopyDone = result -> e.setPendingEvent(() -> {
                e.setState(result == CopyEnd.CANCELLED ? CopyEnd.State.IDLE : CopyEnd.State.DONE);
                return new Event(e.kind().eventCode(), i, result);
            });
            e.setState(CopyEnd.State.COPYING);
            if (kind == CopyEnd.Kind.READABLE_FUTURE) {
                e.future().read(instance, buffer, onCopyDone);
            } else {
                e.future().write(instance, buffer, onCopyDone);
            }
            return finish(e, async, builtin + " of handle " + i);
        };
    }

    private static long[] finish(CopyEnd e, boolean async, String what) throws Trap {
        if (!e.hasPendingEvent()) {
            if (!async) {
                e.waitForPendingEvent(what);
            } else {
                return new long[] {AsyncBuiltins.BLOCKED};
            }
        }
        return new long[] {Integer.toUnsignedLong(e.takePendingEvent().payload())};
    }

    /** {@code stream.cancel-read/-write}, {@code future.cancel-read/-write} (arg: index). */
    public static FlatFunction cancelCopy(InstanceState instance, CopyEnd.Kind kind, ValueType element,
                                          boolean async) {
        String builtin = (kind.future() ? "future" : "stream") + ".cancel-"
                + (kind == CopyEnd.Kind.READABLE_STREAM || kind == CopyEnd.Kind.READABLE_FUTURE ? "read" : "write");
        return args -> {
            instance.checkMayLeave(builtin);
            int i = (int) args[0];
            CopyEnd e = end(instance, i, kind, element, builtin);
            if (e.state() != CopyEnd.State.COPYING || e.hasSyncWaiter()) {
                throw new Trap(TrapKind.COMPONENT_MODEL, builtin + ": the " + e.describe() + " has no copy in progress");
            }
            if (e.inWaitableSet() && !async) {
                throw new Trap(TrapKind.COMPONENT_MODEL, builtin + ": synchronous cancel of an end in a waitable set");
            }
            e.setState(CopyEnd.State.CANCELLING_COPY);
            if (!e.hasPendingEvent()) {
                e.cancelShared();
            }
            return finish(e, async, builtin + " of handle " + i);
        };
    }

    /** {@code stream.drop-readable/-writable}, {@code future.drop-readable/-writable} (arg: index). */
    public static FlatFunction drop(InstanceState instance, CopyEnd.Kind kind, ValueType element) {
        String builtin = (kind.future() ? "future" : "stream") + ".drop-"
                + (kind == CopyEnd.Kind.READABLE_STREAM || kind == CopyEnd.Kind.READABLE_FUTURE ? "readable"
                : "writable");
        return args -> {
            instance.checkMayLeave(builtin);
            int i = (int) args[0];
            CopyEnd e = end(instance, i, kind, element, builtin);
            e.drop();
            instance.handles().remove(i);
            return NONE;
        };
    }
}
