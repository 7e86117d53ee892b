package dev.weft.runtime;

import dev.weft.error.TrapKind;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Stops the call that is running in a component instance, from any thread: the guest traps with
 * {@link TrapKind#INTERRUPTED} at its next function entry or loop iteration (Endive checks the thread's interrupt
 * flag there), the instance is dead, and the calling thread gets its interrupt flag cleared again. Also runs the
 * per-call timeout of {@link Limits#timeout()} (trapping with {@link TrapKind#DEADLINE}). A host function that
 * blocks when the call is interrupted sees an {@link InterruptedException} (or a closed interruptible channel).
 * Get one from {@link ComponentInstance#interruptHandle()}.
 */
public final class InterruptHandle {
    private static final class Timer {
        static final ScheduledThreadPoolExecutor EXECUTOR = create();

        private static ScheduledThreadPoolExecutor create() {
            var executor = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "weft-deadlines");
                t.setDaemon(true);
                return t;
            });
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        }
    }

    private final Object lock = new Object();
    private Thread running;
    private int nesting;
    private TrapKind fired;
    private ScheduledFuture<?> deadline;

    InterruptHandle() {
    }

    /**
     * Interrupts the call running in the instance now, if any (a call that starts later is not affected).
     *
     * @return whether a call was running
     */
    public boolean interrupt() {
        return fire(TrapKind.INTERRUPTED);
    }

    private boolean fire(TrapKind kind) {
        synchronized (lock) {
            if (running == null) {
                return false;
            }
            if (fired == null) {
                fired = kind;
                running.interrupt();
            }
            return true;
        }
    }

    /** True when no call runs in the instance now. */
    boolean idle() {
        synchronized (lock) {
            return running == null && nesting == 0;
        }
    }

    /** A call from the host starts on this thread; true when it is the outermost one. */
    boolean enter(Optional<Duration> timeout) {
        synchronized (lock) {
            if (nesting++ > 0) {
                return false;
            }
            running = Thread.currentThread();
            fired = null;
            timeout.ifPresent(t -> deadline = Timer.EXECUTOR.schedule(() -> fire(TrapKind.DEADLINE),
                    t.toNanos(), TimeUnit.NANOSECONDS));
            return true;
        }
    }

    /**
     * The call ends. For the outermost call: what stopped it ({@code DEADLINE}, {@code INTERRUPTED}) or empty,
     * with the interrupt this handle set cleared from the thread.
     */
    Optional<TrapKind> exit() {
        synchronized (lock) {
            if (--nesting > 0) {
                return Optional.empty();
            }
            running = null;
            if (deadline != null) {
                deadline.cancel(false);
                deadline = null;
            }
            TrapKind kind = fired;
            fired = null;
            if (kind != null) {
                Thread.interrupted();
            }
            return Optional.ofNullable(kind);
        }
    }
}
