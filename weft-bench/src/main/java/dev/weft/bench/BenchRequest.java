package dev.weft.bench;

import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.HttpResponseSink;
import dev.weft.wasi.http.IncomingHttpRequest;
import dev.weft.wasi.http.ProxyHandler;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.List;

/** The request every proxy benchmark sends: {@code GET /bench?x=1} with no body, its response discarded. */
final class BenchRequest {
    /** A sink that drops the response. */
    static final HttpResponseSink DISCARD = new HttpResponseSink() {
        @Override
        public OutputStream begin(int status, List<HttpField> headers) {
            return OutputStream.nullOutputStream();
        }

        @Override
        public void end(List<HttpField> trailers) {
        }

        @Override
        public void abort(String reason) {
        }
    };

    private BenchRequest() {
    }

    /** Sends the request through {@code proxy}. */
    static HandleOutcome get(ProxyHandler proxy) {
        IncomingHttpRequest request = new IncomingHttpRequest("GET", "http", "localhost:8080", "/bench?x=1",
                List.of(HttpField.of("host", "localhost:8080"), HttpField.of("user-agent", "bench")),
                new ByteArrayInputStream(new byte[0]), List::of);
        return proxy.handle(request, DISCARD);
    }

    /** Sends the request and fails unless the guest completed a response. */
    static void getCompleted(ProxyHandler proxy) {
        HandleOutcome outcome = get(proxy);
        if (!(outcome instanceof HandleOutcome.Completed)) {
            throw new IllegalStateException("the request failed: " + outcome);
        }
    }
}
