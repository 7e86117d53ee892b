package dev.weft.runtime.async;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;

import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * One spec {@code Thread} (CanonicalABI.md "Thread State"), on its own Java platform thread: it runs only while
 * whoever {@link #resume resumed} it waits, and hands control back when it {@link #block blocks} or ends, so at
 * most one fiber of a store runs at a time (the reference's {@code cont_new}/{@code resume}/{@code block}). A trap
 * in the fiber is rethrown to its resumer.
 */
public final class Fiber {
    private static final ThreadLocal<Fiber> CURRENT = new ThreadLocal<>();
    /** The conformance worker and Weft's guest threads use deep stacks for compiled guest code; so do fibers. */
    private static final long STACK_BYTES = 64L << 20;

    /** What a fiber runs. */
    @FunctionalInterface
    public interface Body {
        void run() throws Trap;
    }

    private final AsyncStore store;
    private final String name;
    private final Body body;
    private final Semaphore go = new Semaphore(0);
    private volatile Semaphore back;
    private volatile boolean started;
    private volatile boolean finished;
    private volatile Trap failure;
    private volatile boolean blockResult;
    private volatile BooleanSupplier readyFunc;
    private volatile boolean cancellable;
    private volatile Runnable onResume = () -> { };
    private final AsyncTask task;
    private volatile boolean abandoned;

    /** Unwinds an abandoned fiber's thread (see {@link #abandon}). */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("fiber abandoned", null, false, false);
        }
    }

    Fiber(AsyncStore store, String name, AsyncTask task, Body body) {
        this.store = store;
        this.name = name;
        this.task = task;
        this.body = body;
    }

    /** The fiber running on the calling Java thread, or {@code null} on a host (root) thread. */
    public static Fiber current() {
        return CURRENT.get();
    }

    public AsyncStore store() {
        return store;
    }

    /** The task whose thread this is. */
    public AsyncTask task() {
        return task;
    }

    /** Run (on this fiber's thread) each time it is resumed, before it continues (restores the current task). */
    void onResume(Runnable action) {
        this.onResume = action;
    }

    boolean finished() {
        return finished;
    }

    /** Waiting for a condition (in its store's waiting list). */
    boolean waiting() {
        return readyFunc != null;
    }

    /** Waiting and its condition holds. */
    boolean ready() {
        BooleanSupplier r = readyFunc;
        return r != null && r.getAsBoolean();
    }

    /** Blocked (not running, not finished) in a cancellable wait. */
    boolean cancellable() {
        return started && !finished && cancellable && back == null;
    }

    /**
     * Runs this fiber until it blocks or ends; {@code cancelled} is what its blocking call returns. Rethrows a trap
     * the fiber ended with.
     */
    public void resume(boolean cancelled) throws Trap {
        if (readyFunc != null) {
            store.stopWaiting(this);
            readyFunc = null;
        }
        Semaphore returned = new Semaphore(0);
        back = returned;
        blockResult = cancelled;
        if (!started) {
            started = true;
            Thread thread = new Thread(null, this::main, "weft-async " + name, STACK_BYTES);
            thread.setDaemon(true);
            thread.start();
        } else {
            go.release();
        }
        returned.acquireUninterruptibly();
        Trap trap = failure;
        if (trap != null) {
            failure = null;
            throw trap;
        }
    }

    private void main() {
        CURRENT.set(this);
        try {
            onResume.run();
            body.run();
        } catch (Trap trap) {
            failure = abandoned ? null : trap;
        } catch (Throwable error) {
            failure = abandoned ? null : new Trap(TrapKind.OTHER, "async task " + name + " failed: " + error, error);
        } finally {
            finished = true;
            Semaphore b = back;
            back = null;
            if (b != null) {
                b.release();
            }
        }
    }

    /** Hands control back to the resumer until resumed again; returns whether the resumer cancelled the wait. */
    boolean block(boolean cancellable) {
        this.cancellable = cancellable;
        Semaphore b = back;
        back = null;
        b.release();
        go.acquireUninterruptibly();
        if (abandoned) {
            throw new Abandoned();
        }
        this.cancellable = false;
        onResume.run();
        return blockResult;
    }

    /**
     * Ends a blocked fiber that will never be resumed (its store is discarded): its thread unwinds and exits. The
     * guest code on its stack does not run any further.
     */
    void abandon() {
        if (started && !finished && back == null) {
            abandoned = true;
            go.release();
        }
    }

    /** The spec's {@code wait_until} on this (running) fiber: waits in the store until {@code ready} holds. */
    boolean waitUntil(BooleanSupplier ready, boolean cancellable) {
        readyFunc = ready;
        store.startWaiting(this);
        return block(cancellable);
    }

    @Override
    public String toString() {
        return "Fiber[" + name + "]";
    }
}
