package dev.weft.runtime.async;

import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;

/**
 * One end of a stream or future in a handle table (the spec's {@code CopyEnd} and its readable/writable stream
 * and future subclasses): its copy state and the shared state it copies through.
 */
public final class CopyEnd extends Waitable {
    /** {@code CopyResult}. */
    public static final int COMPLETED = 0;
    public static final int DROPPED = 1;
    public static final int CANCELLED = 2;

    /** {@code CopyState}. */
    public enum State { IDLE, COPYING, CANCELLING_COPY, DONE }

    /** What kind of end. */
    public enum Kind {
        READABLE_STREAM("readable stream end", Event.STREAM_READ),
        WRITABLE_STREAM("writable stream end", Event.STREAM_WRITE),
        READABLE_FUTURE("readable future end", Event.FUTURE_READ),
        WRITABLE_FUTURE("writable future end", Event.FUTURE_WRITE);

        private final String description;
        private final int eventCode;

        Kind(String description, int eventCode) {
            this.description = description;
            this.eventCode = eventCode;
        }

        public int eventCode() {
            return eventCode;
        }

        public boolean future() {
            return this == READABLE_FUTURE || this == WRITABLE_FUTURE;
        }
    }

    private final Kind kind;
    private final SharedStream stream;
    private final SharedFuture future;
    private State state = State.IDLE;

    private CopyEnd(Kind kind, SharedStream stream, SharedFuture future) {
        this.kind = kind;
        this.stream = stream;
        this.future = future;
    }

    public static CopyEnd of(Kind kind, SharedStream stream) {
        return new CopyEnd(kind, stream, null);
    }

    public static CopyEnd of(Kind kind, SharedFuture future) {
        return new CopyEnd(kind, null, future);
    }

    public Kind kind() {
        return kind;
    }

    public SharedStream stream() {
        return stream;
    }

    public SharedFuture future() {
        return future;
    }

    /** The element type (null: none). */
    public ValueType element() {
        return stream != null ? stream.element() : future.element();
    }

    public State state() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    public boolean copying() {
        return state == State.COPYING || state == State.CANCELLING_COPY;
    }

    /** Cancels the shared pending copy. */
    public void cancelShared() {
        if (stream != null) {
            stream.cancel();
        } else {
            future.cancel();
        }
    }

    @Override
    public void drop() throws Trap {
        if (copying()) {
            throw new Trap(TrapKind.COMPONENT_MODEL, describe() + " dropped while a copy is in progress");
        }
        if (kind == Kind.WRITABLE_FUTURE && state != State.DONE) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "writable future end dropped before a value was written");
        }
        if (stream != null) {
            stream.drop();
        } else {
            future.drop();
        }
        super.drop();
    }

    /** The spec's {@code none_or_number_type}. */
    static boolean noneOrNumber(ValueType t) {
        if (t == null) {
            return true;
        }
        return t instanceof PrimitiveType p && switch (p) {
            case U8, U16, U32, U64, S8, S16, S32, S64, F32, F64 -> true;
            default -> false;
        };
    }

    @Override
    public String describe() {
        return kind.description;
    }
}
