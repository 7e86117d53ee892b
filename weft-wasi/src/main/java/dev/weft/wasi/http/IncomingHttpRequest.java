package dev.weft.wasi.http;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A request as the HTTP server received it, handed to a {@code wasi:http/proxy} component. The body is streamed:
 * the guest reads it as it arrives; {@code trailers} is asked for only after the body ended.
 *
 * @param scheme "http" or "https" (or another scheme name)
 * @param authority the Host / :authority value
 * @param pathWithQuery path and query, e.g. {@code /a/b?c=d}
 */
public record IncomingHttpRequest(String method, String scheme, String authority, String pathWithQuery,
        List<HttpField> headers, InputStream body, Supplier<List<HttpField>> trailers) {
    public IncomingHttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(pathWithQuery, "pathWithQuery");
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(trailers, "trailers");
    }
}
