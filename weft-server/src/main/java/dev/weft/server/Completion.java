package dev.weft.server;

import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Completes one Jetty exchange exactly once, from whichever thread gets there first (guest or deadline timer). */
final class Completion {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long declaredBodyLength;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile int status;

    /** {@code declaredBodyLength}: the request's Content-Length, or -1 when it has none. */
    Completion(Request request, Response response, Callback callback, long declaredBodyLength) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.declaredBodyLength = declaredBodyLength;
    }

    /** The request's Content-Length, or -1 when it has none. */
    long declaredBodyLength() {
        return declaredBodyLength;
    }

    boolean isDone() {
        return done.get();
    }

    /**
     * The status the client got, for the access log: the guest's, the error's, 500 for an abort before anything
     * was committed, or the committed status of an aborted response; 0 while not done.
     */
    int status() {
        return status;
    }

    /**
     * The response was written in full. A request body with a declared length the guest left unread (at most the
     * size limit: larger ones got a 413 before the guest ran) is read to its end first, without blocking, so that an
     * HTTP/2 stream ends normally: completing while the client is still sending makes Jetty reset the stream, and
     * the JDK's client then fails a response it already has in full.
     */
    void succeed() {
        if (done.compareAndSet(false, true)) {
            status = response.getStatus();
            if (declaredBodyLength > 0) {
                Content.Source.consumeAll(request, callback);
            } else {
                callback.succeeded();
            }
        }
    }

    /**
     * Sends an error status with a short text body, dropping what the guest had set (status, headers, trailers);
     * only meaningful while nothing was committed.
     */
    void error(int status, String message) {
        if (done.compareAndSet(false, true)) {
            this.status = status;
            if (!response.isCommitted()) {
                response.reset();
            }
            Response.writeError(request, response, callback, status, message);
        }
    }

    /**
     * Aborts the exchange: the connection (HTTP/1.1) or stream (HTTP/2) is reset. While nothing is committed yet
     * (the guest began a response that never reached the wire) it is a plain 500 instead: failing the callback then
     * would make Jetty log the abort with a stack trace and send the same 500.
     */
    void abort(String reason) {
        if (!response.isCommitted()) {
            error(500, "guest failed");
            return;
        }
        if (done.compareAndSet(false, true)) {
            status = response.getStatus();
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
