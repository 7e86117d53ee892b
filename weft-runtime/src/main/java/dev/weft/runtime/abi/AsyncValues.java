package dev.weft.runtime.abi;

import dev.weft.component.types.FutureType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.async.CopyEnd;
import dev.weft.runtime.async.ErrorContext;
import dev.weft.runtime.async.SharedFuture;
import dev.weft.runtime.async.SharedStream;
import dev.weft.runtime.resource.HandleElement;
import dev.weft.value.AsyncVal;
import dev.weft.value.Val;

import java.util.Objects;

/**
 * Lifting and lowering {@code stream<T>}, {@code future<T>} and {@code error-context} values (CanonicalABI.md
 * {@code lift_async_value}, {@code lower_stream}, {@code lower_future}, {@code lift/lower_error_context}): a
 * readable end leaves the sender's table and a new readable end of the same shared state enters the receiver's;
 * an error context is shared by reference.
 */
final class AsyncValues {
    private AsyncValues() {
    }

    /** The value of type {@code t} at handle {@code index} of the context's instance. */
    static Val lift(LiftLowerContext cx, ValueType t, int index) throws Trap {
        return switch (t) {
            case StreamType s -> new AsyncVal(AsyncVal.Kind.STREAM,
                    liftEnd(cx, index, CopyEnd.Kind.READABLE_STREAM, s.element().orElse(null)).stream());
            case FutureType f -> new AsyncVal(AsyncVal.Kind.FUTURE,
                    liftEnd(cx, index, CopyEnd.Kind.READABLE_FUTURE, f.element().orElse(null)).future());
            case PrimitiveType p when p == PrimitiveType.ERROR_CONTEXT -> {
                HandleElement e = cx.instance().handles().get(index);
                if (!(e instanceof ErrorContext context)) {
                    throw new Trap(TrapKind.COMPONENT_MODEL, "handle " + Integer.toUnsignedString(index)
                            + " is not an error context");
                }
                yield new AsyncVal(AsyncVal.Kind.ERROR_CONTEXT, context);
            }
            default -> throw new IllegalArgumentException("not an async value type: " + t);
        };
    }

    private static CopyEnd liftEnd(LiftLowerContext cx, int index, CopyEnd.Kind kind, ValueType element)
            throws Trap {
        HandleElement e = cx.instance().handles().get(index);
        if (!(e instanceof CopyEnd end) || end.kind() != kind) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "handle " + Integer.toUnsignedString(index) + " is not a "
                    + (kind == CopyEnd.Kind.READABLE_STREAM ? "readable stream end" : "readable future end"));
        }
        if (!Objects.equals(end.element(), element)) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "handle " + Integer.toUnsignedString(index)
                    + " has another element type than the value's type");
        }
        if (end.state() != CopyEnd.State.IDLE) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "a " + end.describe() + " cannot be passed while it is "
                    + (end.state() == CopyEnd.State.DONE ? "done" : "copying"));
        }
        if (end.inWaitableSet()) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "a " + end.describe()
                    + " cannot be passed while it is in a waitable set");
        }
        cx.instance().handles().remove(index);
        return end;
    }

    /** The handle index of {@code v} (of type {@code t}) added to the context's instance. */
    static int lower(LiftLowerContext cx, ValueType t, Val v) throws Trap {
        if (!(v instanceof AsyncVal async)) {
            throw new Trap(TrapKind.HOST_FUNCTION, "expected a " + TypeNames.of(t) + " value, got " + v);
        }
        HandleElement element = switch (t) {
            case StreamType s when async.state() instanceof SharedStream shared ->
                    CopyEnd.of(CopyEnd.Kind.READABLE_STREAM, shared);
            case FutureType f when async.state() instanceof SharedFuture shared ->
                    CopyEnd.of(CopyEnd.Kind.READABLE_FUTURE, shared);
            case PrimitiveType p when p == PrimitiveType.ERROR_CONTEXT
                    && async.state() instanceof ErrorContext context -> context;
            default -> throw new Trap(TrapKind.HOST_FUNCTION, "expected a " + TypeNames.of(t) + " value, got a "
                    + async.kind().name().toLowerCase(java.util.Locale.ROOT));
        };
        return cx.instance().handles().add(element);
    }
}
