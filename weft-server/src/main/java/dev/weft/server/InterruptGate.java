package dev.weft.server;

/**
 * Keeps a deadline's interrupt away from Jetty's code. A guest is stopped by interrupting its thread (Endive's
 * compiled code checks {@code Thread.isInterrupted()}); with {@link Dispatch#INLINE} that thread is a Jetty thread,
 * which goes on with Jetty's own work (the next pipelined request, selecting) once the guest returns. The request's
 * thread brackets every call into Jetty's I/O with {@link #enterIo()} and {@link #exitIo()}: an interrupt that comes
 * meanwhile is held back and delivered when the call returns (by then the deadline has failed the exchange, so the
 * guest's next write fails and it unwinds), so Jetty's blocking waits (a write waiting for the client) are not cut
 * short by it. Jetty's socket channels are non-blocking, and the JDK closes a channel on an interrupt only in a
 * blocking read or write ({@code sun.nio.ch.SocketChannelImpl.beginRead/beginWrite}), so the connection itself is
 * not at risk; a {@code Selector.select()} on an interrupted thread would return at once, every time.
 * Calls from other threads are not bracketed (only the request's thread is interrupted).
 * {@link #close()} ends the request: later interrupts are dropped and a delivered one is cleared, so nothing leaks
 * into the next request or into Jetty's own code on the same thread.
 */
final class InterruptGate {
    private final Thread thread;
    private int inIo;
    private boolean pending;
    private boolean closed;

    /** A gate for the request running on {@code thread}. */
    InterruptGate(Thread thread) {
        this.thread = thread;
    }

    /** A gate for the request running on the calling thread. */
    static InterruptGate forCurrentThread() {
        return new InterruptGate(Thread.currentThread());
    }

    /** From any thread: interrupts the request's thread now, or when its I/O call returns; nothing once closed. */
    synchronized void interrupt() {
        if (closed) {
            return;
        }
        if (inIo > 0) {
            pending = true;
        } else {
            thread.interrupt();
        }
    }

    /**
     * On the request's thread, before a call that may read or write the connection: from here until
     * {@link #exitIo()} the thread is not interrupted (one already delivered is taken back and held).
     */
    void enterIo() {
        if (Thread.currentThread() != thread) {
            return; // another thread (e.g. a body reader of the guest's host) is not the one interrupted
        }
        synchronized (this) {
            inIo++;
        }
        if (Thread.interrupted()) {
            synchronized (this) {
                pending = !closed;
            }
        }
    }

    /** After the call: an interrupt held back meanwhile is delivered now. */
    void exitIo() {
        if (Thread.currentThread() != thread) {
            return;
        }
        boolean deliver;
        synchronized (this) {
            deliver = --inIo == 0 && pending;
            if (deliver) {
                pending = false;
            }
        }
        if (deliver) {
            thread.interrupt();
        }
    }

    /** True while an interrupt waits for the I/O call to return. */
    synchronized boolean holding() {
        return pending;
    }

    /**
     * On the request's thread, when the request is done: no interrupt is delivered after this, and one already
     * delivered is cleared.
     */
    void close() {
        synchronized (this) {
            closed = true;
            pending = false;
        }
        if (Thread.currentThread() == thread) {
            Thread.interrupted();
        }
    }
}
