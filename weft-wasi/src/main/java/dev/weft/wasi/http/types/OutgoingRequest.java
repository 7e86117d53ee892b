package dev.weft.wasi.http.types;

import java.util.Optional;

/**
 * The {@code outgoing-request} resource: method (default GET), path-with-query, scheme and authority (default
 * none), immutable headers and a body taken once. Setters validate as Wasmtime's do (URI syntax of each part).
 */
public final class OutgoingRequest {
    private final Fields headers;
    private Method method = Method.GET;
    private Optional<String> pathWithQuery = Optional.empty();
    private Optional<Scheme> scheme = Optional.empty();
    private Optional<String> authority = Optional.empty();
    private OutgoingBody body;
    private boolean bodyTaken;

    /** Takes over {@code headers} (the guest passed its handle). */
    public OutgoingRequest(Fields headers) {
        this.headers = headers.immutableCopy();
    }

    public Fields headers() {
        return headers.immutableCopy();
    }

    public Method method() {
        return method;
    }

    public void method(Method value) {
        method = value;
    }

    public Optional<String> pathWithQuery() {
        return pathWithQuery;
    }

    /** {@code set-path-with-query}: false when the value is not a valid URI path and query. */
    public boolean pathWithQuery(Optional<String> value) {
        if (value.isPresent() && !UriSyntax.isValidPathWithQuery(value.get())) {
            return false;
        }
        pathWithQuery = value;
        return true;
    }

    public Optional<Scheme> scheme() {
        return scheme;
    }

    public void scheme(Optional<Scheme> value) {
        scheme = value;
    }

    public Optional<String> authority() {
        return authority;
    }

    /** {@code set-authority}: false when the value is not a valid URI authority. */
    public boolean authority(Optional<String> value) {
        if (value.isPresent() && !UriSyntax.isValidAuthority(value.get())) {
            return false;
        }
        authority = value;
        return true;
    }

    /** {@code body}: the body, the first time only. */
    public Optional<OutgoingBody> body() {
        if (bodyTaken) {
            return Optional.empty();
        }
        bodyTaken = true;
        body = new OutgoingBody(ErrorCode.BodyKind.REQUEST, OutgoingBody.contentLength(headers));
        return Optional.of(body);
    }

    /** The body, if the guest asked for it. */
    public Optional<OutgoingBody> takenBody() {
        return Optional.ofNullable(body);
    }
}
