package dev.weft.wasi.http.types;

import java.util.Optional;

/** The {@code incoming-response} resource: the response to an outgoing request. */
public final class IncomingResponse {
    private final int status;
    private final Fields headers;
    private final IncomingBody all;
    private IncomingBody body;

    public IncomingResponse(int status, Fields headers, IncomingBody body) {
        this.status = status;
        this.headers = headers.immutableCopy();
        this.body = body;
        this.all = body;
    }

    /** The request that made this call is over: stop reading the body and close the connection's stream. */
    public void release() {
        all.release();
    }

    public int status() {
        return status;
    }

    public Fields headers() {
        return headers.immutableCopy();
    }

    /** {@code consume}: the body, the first time only. */
    public Optional<IncomingBody> consume() {
        IncomingBody b = body;
        body = null;
        return Optional.ofNullable(b);
    }

    /** The guest dropped the response: release its body if it was never consumed. */
    public void dropped() {
        if (body != null) {
            body.dropped();
            body = null;
        }
    }
}
