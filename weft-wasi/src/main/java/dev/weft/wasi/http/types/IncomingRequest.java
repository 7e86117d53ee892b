package dev.weft.wasi.http.types;

import java.util.Optional;

/**
 * The {@code incoming-request} resource: a request the guest serves. Its headers are immutable; its body can be
 * consumed once.
 */
public final class IncomingRequest {
    private final Method method;
    private final Optional<Scheme> scheme;
    private final Optional<String> authority;
    private final Optional<String> pathWithQuery;
    private final Fields headers;
    private IncomingBody body;

    public IncomingRequest(Method method, Optional<Scheme> scheme, Optional<String> authority,
            Optional<String> pathWithQuery, Fields headers, IncomingBody body) {
        this.method = method;
        this.scheme = scheme;
        this.authority = authority;
        this.pathWithQuery = pathWithQuery;
        // immutable fields cannot change, so they are kept as they are; headers() still hands out a copy per call
        this.headers = headers.isMutable() ? headers.immutableCopy() : headers;
        this.body = body;
    }

    public Method method() {
        return method;
    }

    public Optional<Scheme> scheme() {
        return scheme;
    }

    public Optional<String> authority() {
        return authority;
    }

    public Optional<String> pathWithQuery() {
        return pathWithQuery;
    }

    /** An immutable view of the headers (a new handle per call, as the spec's child resource). */
    public Fields headers() {
        return headers.immutableCopy();
    }

    /** {@code consume}: the body, the first time only. */
    public Optional<IncomingBody> consume() {
        IncomingBody b = body;
        body = null;
        return Optional.ofNullable(b);
    }
}
