package dev.weft.runtime.async;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The spec's {@code Store} as far as scheduling goes: the fibers waiting for a condition. A host (root) thread
 * that has to wait runs the waiting fibers whose condition holds ({@code Store.tick}) until its own condition
 * holds; with none ready that is a deadlock and traps. Each host thread has its own store, shared by the fibers
 * it (transitively) starts.
 */
public final class AsyncStore {
    private static final ThreadLocal<AsyncStore> ROOT = ThreadLocal.withInitial(AsyncStore::new);

    private final List<Fiber> waiting = new ArrayList<>();
    private final List<Fiber> fibers = new ArrayList<>();

    /** The store of the calling thread (a fiber's, or the host thread's own). */
    public static AsyncStore current() {
        Fiber fiber = Fiber.current();
        return fiber != null ? fiber.store() : ROOT.get();
    }

    void startWaiting(Fiber fiber) {
        waiting.add(fiber);
    }

    void stopWaiting(Fiber fiber) {
        waiting.remove(fiber);
    }

    /** A new fiber of this store running {@code body} for {@code task} (null: none). */
    public Fiber newFiber(String name, AsyncTask task, Fiber.Body body) {
        fibers.removeIf(Fiber::finished);
        Fiber fiber = new Fiber(this, name, task, body);
        fibers.add(fiber);
        return fiber;
    }

    /**
     * True when no fiber of the calling thread's store is unfinished: no guest task started from this thread can
     * still resume (e.g. before giving an instance's memory back to a pool).
     */
    public static boolean quiescent() {
        AsyncStore store = current();
        store.fibers.removeIf(Fiber::finished);
        return store.fibers.isEmpty() && store.waiting.isEmpty();
    }

    /**
     * Discards the calling host thread's store: its blocked fibers (tasks that never finished, such as a task
     * still waiting after the call that started it returned) are ended without running further, and the thread
     * gets a fresh store. For an embedder done with every instance that ran async code on this thread (the
     * conformance harness between scripts).
     */
    public static void discardCurrent() {
        if (Fiber.current() != null) {
            throw new IllegalStateException("discardCurrent is for host threads, not fibers");
        }
        AsyncStore store = ROOT.get();
        ROOT.remove();
        for (Fiber fiber : store.fibers) {
            fiber.abandon();
        }
        store.fibers.clear();
        store.waiting.clear();
    }

    /**
     * The spec's {@code current_thread().wait_until(ready, cancellable)}: on a fiber, blocks it until resumed; on
     * a host thread, runs ready fibers until {@code ready} holds, trapping when nothing can make progress.
     * Returns true when the wait was cancelled.
     */
    public static boolean waitUntil(BooleanSupplier ready, boolean cancellable, String what) throws Trap {
        Fiber fiber = Fiber.current();
        if (fiber != null) {
            if (fiber.task() != null && fiber.task().deliverPendingCancel(cancellable)) {
                return true;
            }
            return fiber.waitUntil(ready, cancellable);
        }
        AsyncStore store = ROOT.get();
        while (!ready.getAsBoolean()) {
            if (!store.tick()) {
                throw new Trap(TrapKind.COMPONENT_MODEL, "deadlock: " + what
                        + " waits for an event that no task can deliver (every task is blocked)");
            }
        }
        return false;
    }

    /**
     * The spec's {@code thread.yield}: a fiber lets the others run first; a host thread runs one ready fiber.
     * Returns true when cancelled.
     */
    public static boolean yieldNow(boolean cancellable) throws Trap {
        Fiber fiber = Fiber.current();
        if (fiber != null) {
            return waitUntil(() -> true, cancellable, "yield");
        }
        ROOT.get().tick();
        return false;
    }

    /** Resumes the first waiting fiber whose condition holds; false when none does. */
    boolean tick() throws Trap {
        for (Fiber fiber : List.copyOf(waiting)) {
            if (fiber.ready()) {
                fiber.resume(false);
                return true;
            }
        }
        return false;
    }

    /** Number of fibers waiting (for tests). */
    public int waitingCount() {
        return waiting.size();
    }
}
