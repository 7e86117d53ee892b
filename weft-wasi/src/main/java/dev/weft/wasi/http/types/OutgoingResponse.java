package dev.weft.wasi.http.types;

import java.util.Optional;

/** The {@code outgoing-response} resource: status (default 200), immutable headers, a body taken once. */
public final class OutgoingResponse {
    private final Fields headers;
    private int status = 200;
    private OutgoingBody body;
    private boolean bodyTaken;

    /** Takes over {@code headers} (the guest passed its handle): an immutable copy of them. */
    public OutgoingResponse(Fields headers) {
        this.headers = headers.immutableCopy();
    }

    /** A response keeping {@code headers} themselves (the flag only tells this constructor from the copying one). */
    private OutgoingResponse(Fields headers, boolean taken) {
        this.headers = headers;
    }

    /**
     * {@code [constructor]outgoing-response}: takes {@code headers}, whose {@code own} handle the guest gave away,
     * without copying them; they become immutable (also for any other Java reference to them).
     */
    static OutgoingResponse taking(Fields headers) {
        return new OutgoingResponse(headers.freeze(), true);
    }

    public int status() {
        return status;
    }

    /** {@code set-status-code}: false (an error for the guest) unless 100 ≤ status ≤ 999. */
    public boolean setStatus(int newStatus) {
        if (newStatus < 100 || newStatus > 999) {
            return false;
        }
        status = newStatus;
        return true;
    }

    public Fields headers() {
        return headers.immutableCopy();
    }

    /** The headers as (name, value) pairs, without the copy of the fields that {@link #headers()} makes. */
    public java.util.List<dev.weft.wasi.http.HttpField> headerEntries() {
        return headers.entries();
    }

    /** {@code body}: the body, the first time only. */
    public Optional<OutgoingBody> body() {
        if (bodyTaken) {
            return Optional.empty();
        }
        bodyTaken = true;
        body = new OutgoingBody(ErrorCode.BodyKind.RESPONSE, OutgoingBody.contentLength(headers));
        return Optional.of(body);
    }

    /** The body, if the guest asked for it; a response whose body was never taken is empty. */
    public Optional<OutgoingBody> takenBody() {
        return Optional.ofNullable(body);
    }
}
