package dev.weft.runtime.async;

/**
 * An event delivered to a waiting task (the spec's {@code EventTuple}): {@code code} is an {@code EventCode},
 * {@code index} the waitable's handle index, {@code payload} what the waitable reports.
 */
public record Event(int code, int index, int payload) {
    public static final int NONE = 0;
    public static final int SUBTASK = 1;
    public static final int STREAM_READ = 2;
    public static final int STREAM_WRITE = 3;
    public static final int FUTURE_READ = 4;
    public static final int FUTURE_WRITE = 5;
    public static final int TASK_CANCELLED = 6;

    /** {@code (NONE, 0, 0)}. */
    public static final Event NOTHING = new Event(NONE, 0, 0);
    /** {@code (TASK_CANCELLED, 0, 0)}. */
    public static final Event CANCELLED = new Event(TASK_CANCELLED, 0, 0);
}
