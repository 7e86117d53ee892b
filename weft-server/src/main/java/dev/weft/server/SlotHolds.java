package dev.weft.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Who holds the run slots of a {@link RunSlots}, and the forfeit rule's watchdog. Each held slot is one cell holding
 * the holder's {@link Hold}: whoever clears the cell (a compare and set from that hold to empty), the guest's thread
 * ({@link #clear}) or the watchdog, owns the slot's permit, so a permit is released exactly once. The watchdog hands
 * a forfeited permit to {@code onForfeit}. Its rule: a hold past the slice whose thread computed (CPU time) for at
 * least half of the last half slice, or any hold past {@link #STALLED_SLICES} slices (a wait in host code that no
 * {@code Blocking} bracket covers). The watchdog sleeps until the earliest hold is due (never while none is held).
 */
final class SlotHolds implements AutoCloseable {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    /**
     * A guest that held its slot for this many slices loses it even if its thread did not compute: it waits in
     * host code that no {@code Blocking} bracket covers (longer than a collection pause).
     */
    static final int STALLED_SLICES = 5;

    private final long sliceNanos;
    private final AtomicReferenceArray<Hold> cells;
    private final Runnable onForfeit;
    private final AtomicLong forfeits = new AtomicLong();
    private final BackgroundLoop watchdog;

    /**
     * One guest thread's hold of a slot: the cell it occupies, its thread and when it took it; the watchdog's
     * marks (its own fields, touched by the watchdog thread only): when it last looked, and the thread's CPU time
     * then (-1: not looked yet).
     */
    static final class Hold {
        final int cell;
        final Thread thread;
        final long since;
        long markedAt;
        long cpuAtMark = -1;

        private Hold(int cell, Thread thread, long since) {
            this.cell = cell;
            this.thread = thread;
            this.since = since;
        }

        /** When the watchdog looks at it next. */
        long due(long halfSlice) {
            return (cpuAtMark < 0 ? since : markedAt) + halfSlice;
        }
    }

    /** {@code slots} cells; a forfeited slot's permit goes to {@code onForfeit} (on the watchdog's thread). */
    SlotHolds(int slots, long sliceNanos, Runnable onForfeit) {
        this.sliceNanos = sliceNanos;
        this.cells = new AtomicReferenceArray<>(slots);
        this.onForfeit = onForfeit;
        this.watchdog = new BackgroundLoop("weft-run-slots", new BackgroundLoop.Task() {
            @Override
            public long runDue() {
                return forfeitExpired();
            }

            @Override
            public boolean arrivedBefore(long wakeAt) {
                // a slot taken before the loop published wakeAt is in a cell now: go round again if it is due sooner
                long due = earliestDue();
                return due != BackgroundLoop.NEVER && (wakeAt == BackgroundLoop.NEVER || due - wakeAt < 0);
            }
        }, TimeUnit.MILLISECONDS.toNanos(1), java.time.Duration.ofSeconds(1));
    }

    /**
     * Claims a free cell for a permit the calling thread holds. A thread clears its cell before it releases its
     * permit, so a thread that got a permit always finds a free cell (perhaps after a holder's short window).
     */
    Hold claim() {
        long now = System.nanoTime();
        while (true) {
            for (int i = 0; i < cells.length(); i++) {
                if (cells.get(i) == null) {
                    Hold hold = new Hold(i, Thread.currentThread(), now);
                    if (cells.compareAndSet(i, null, hold)) {
                        watchdog.wakeIfBefore(now + sliceNanos / 2);
                        return hold;
                    }
                }
            }
            Thread.onSpinWait(); // a holder between clearing its cell and releasing its permit
        }
    }

    /** Clears {@code hold}'s cell; true if it was still there (the caller now owns the permit). */
    boolean clear(Hold hold) {
        return cells.compareAndSet(hold.cell, hold, null);
    }

    /** Whether {@code hold} is still held (not forfeited, not cleared). */
    boolean held(Hold hold) {
        return cells.get(hold.cell) == hold;
    }

    /** Slots the watchdog has forfeited so far. */
    long forfeits() {
        return forfeits.get();
    }

    /** The slice in milliseconds. */
    long sliceMillis() {
        return TimeUnit.NANOSECONDS.toMillis(sliceNanos);
    }

    /** Stops the watchdog; holds stay until their threads clear them. */
    @Override
    public void close() {
        watchdog.close();
    }

    /** One watchdog round: forfeits every hold the rule says; returns when it looks next. */
    private long forfeitExpired() {
        long now = System.nanoTime();
        long half = sliceNanos / 2;
        long next = BackgroundLoop.NEVER;
        for (int i = 0; i < cells.length(); i++) {
            Hold h = cells.get(i);
            if (h == null) {
                continue;
            }
            if (h.due(half) - now <= 0) {
                long cpu = cpuTime(h.thread);
                boolean computing = cpu < 0 || (h.cpuAtMark >= 0 && cpu - h.cpuAtMark >= half / 2);
                // a thread blocked in host code that no Blocking bracket covers (a Java handler's sleep, a file)
                // does not compute either: past STALLED_SLICES slices it is not a collection pause any more
                boolean stalled = now - h.since >= STALLED_SLICES * sliceNanos;
                if ((computing && now - h.since >= sliceNanos) || stalled) {
                    if (cells.compareAndSet(i, h, null)) {
                        forfeits.incrementAndGet(); // counted first: whoever gets the permit sees it
                        onForfeit.run();
                    }
                    continue;
                }
                h.cpuAtMark = Math.max(0, cpu);
                h.markedAt = now;
            }
            long due = h.due(half);
            if (next == BackgroundLoop.NEVER || due - next < 0) {
                next = due;
            }
        }
        return next;
    }

    /** The thread's CPU time in nanoseconds, or -1 where the JVM cannot tell (then a hold past the slice counts). */
    private static long cpuTime(Thread thread) {
        if (!CPU_TIME) {
            return -1;
        }
        long t = THREADS.getThreadCpuTime(thread.threadId());
        return t < 0 ? -1 : t;
    }

    private long earliestDue() {
        long half = sliceNanos / 2;
        long next = BackgroundLoop.NEVER;
        for (int i = 0; i < cells.length(); i++) {
            Hold h = cells.get(i);
            if (h != null) {
                long due = h.due(half);
                if (next == BackgroundLoop.NEVER || due - next < 0) {
                    next = due;
                }
            }
        }
        return next;
    }
}
