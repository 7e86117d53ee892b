package dev.weft.server;

import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Completes one Jetty exchange exactly once, from whichever thread gets there first (guest or deadline timer). */
final class Completion {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final AtomicBoolean done = new AtomicBoolean();

    Completion(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    boolean isDone() {
        return done.get();
    }

    /** The response was written in full. */
    void succeed() {
        if (done.compareAndSet(false, true)) {
            callback.succeeded();
        }
    }

    /** Sends an error status with a short text body; only meaningful while nothing was committed. */
    void error(int status, String message) {
        if (done.compareAndSet(false, true)) {
            Response.writeError(request, response, callback, status, message);
        }
    }

    /** Aborts the exchange: the connection (HTTP/1.1) or stream (HTTP/2) is reset. */
    void abort(String reason) {
        if (done.compareAndSet(false, true)) {
            callback.failed(new AbortedResponse(reason));
        }
    }

    /** Why an exchange was aborted, as Jetty sees it. */
    static final class AbortedResponse extends Exception {
        AbortedResponse(String reason) {
            super(reason, null, false, false);
        }
    }
}
