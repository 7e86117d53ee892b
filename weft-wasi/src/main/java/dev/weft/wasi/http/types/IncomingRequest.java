package dev.weft.wasi.http.types;

import dev.weft.wasi.http.HttpField;
import java.util.List;

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
    /** The headers; null until first asked for when made from {@link #rawHeaders}. */
    private Fields headers;
    /** The request's header entries as received, turned into {@link #headers} on first use (or null). */
    private List<HttpField> rawHeaders;
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

    private IncomingRequest(Method method, Optional<Scheme> scheme, Optional<String> authority,
            Optional<String> pathWithQuery, List<HttpField> rawHeaders, IncomingBody body) {
        this.method = method;
        this.scheme = scheme;
        this.authority = authority;
        this.pathWithQuery = pathWithQuery;
        this.rawHeaders = List.copyOf(rawHeaders);
        this.body = body;
    }

    /**
     * A request whose headers are {@code Fields.immutable(headers)} (invalid and forbidden entries dropped), made
     * when the guest first asks for them: a guest that never reads the headers costs no fields.
     */
    public static IncomingRequest withHeaderEntries(Method method, Optional<Scheme> scheme,
            Optional<String> authority, Optional<String> pathWithQuery, List<HttpField> headers,
            IncomingBody body) {
        return new IncomingRequest(method, scheme, authority, pathWithQuery, headers, body);
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
        if (headers == null) {
            headers = Fields.immutable(rawHeaders);
            rawHeaders = null;
        }
        return headers.immutableCopy();
    }

    /** {@code consume}: the body, the first time only. */
    public Optional<IncomingBody> consume() {
        IncomingBody b = body;
        body = null;
        return Optional.ofNullable(b);
    }
}
