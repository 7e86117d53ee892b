package dev.weft.server;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread of the guest pool ({@link Dispatch#POOL}). While it completes a request's exchange, jobs that Jetty hands
 * to its io pool from this thread (on HTTP/1.1: resuming the connection to read the next request, because the
 * request was answered after the selector thread had left it) are kept, and this thread runs them once the request
 * is done, instead of waking an io thread for each. Those jobs do non-blocking work only (a read, a parse, a hand-off
 * of the next request to the guest pool), which is what Jetty would otherwise run on the io thread; see
 * {@link IoPool}.
 */
final class GuestThread extends Thread {
    private static final Logger LOG = LoggerFactory.getLogger(GuestThread.class);

    private boolean deferring;
    private Runnable deferred;
    private List<Runnable> moreDeferred;
    /** True while {@link #runDeferred} runs jobs. */
    private boolean resuming;
    /** A request that a deferred job read from its connection, to be run by this thread next. */
    private Runnable next;

    GuestThread(Runnable target, String name, long stackBytes) {
        super(null, target, name, stackBytes);
        setDaemon(true);
    }

    /** The current thread if it is a guest pool thread, else null. */
    static GuestThread current() {
        return Thread.currentThread() instanceof GuestThread g ? g : null;
    }

    /** From now until {@link #endDeferring}, {@link #defer} keeps jobs for {@link #runDeferred}. */
    void beginDeferring() {
        deferring = true;
    }

    void endDeferring() {
        deferring = false;
    }

    /** Keeps {@code job} for {@link #runDeferred} and returns true if this thread is completing an exchange. */
    boolean defer(Runnable job) {
        if (!deferring) {
            return false;
        }
        if (deferred == null) {
            deferred = job;
        } else {
            if (moreDeferred == null) {
                moreDeferred = new ArrayList<>(2);
            }
            moreDeferred.add(job);
        }
        return true;
    }

    /**
     * While a deferred job runs (e.g. Jetty reading the connection's next request): keeps {@code request} to be run
     * by this thread once the job returns, and returns true; false (the caller hands it to the pool) at any other
     * time or when one is kept already.
     */
    boolean runNext(Runnable request) {
        if (!resuming || next != null) {
            return false;
        }
        next = request;
        return true;
    }

    /**
     * Runs the jobs kept since the last call, in order, then the request one of them handed to {@link #runNext},
     * and so on until none is left; a job that throws is logged and the others still run. A call made while this
     * runs (by a request it runs) returns at once: the outer call goes on with what that request kept.
     */
    void runDeferred() {
        if (resuming) {
            return;
        }
        resuming = true;
        try {
            Runnable job;
            while ((job = take()) != null) {
                try {
                    job.run();
                } catch (Throwable t) {
                    LOG.warn("io job {} failed on guest thread {}", job, getName(), t);
                } finally {
                    Thread.interrupted(); // nothing a job left behind reaches the next one
                }
            }
        } finally {
            resuming = false;
        }
    }

    private Runnable take() {
        Runnable job = deferred;
        if (job != null) {
            deferred = moreDeferred == null || moreDeferred.isEmpty() ? null : moreDeferred.remove(0);
            return job;
        }
        job = next;
        next = null;
        return job;
    }
}
