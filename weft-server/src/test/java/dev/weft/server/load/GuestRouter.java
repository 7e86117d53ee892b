package dev.weft.server.load;

import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.HttpResponseSink;
import dev.weft.wasi.http.IncomingHttpRequest;
import dev.weft.wasi.http.ProxyHandler;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends each request to one of three real proxy components: {@code /hello} to the WAT {@code http-handler},
 * {@code /loop} and {@code /alloc} to the WAT {@code http-faults} (under a memory cap and an engine timeout),
 * {@code /loop-to-server-deadline} to {@code http-faults} with no engine timeout, everything else to the componentize-js
 * {@code js-http-proxy}. Counts exceptions that escape a {@link dev.weft.wasi.http.WasiHttpProxy} (its contract is
 * never to throw for a guest fault), then lets them through to the server.
 */
final class GuestRouter implements ProxyHandler {
    final AtomicInteger escaped = new AtomicInteger();
    private final ProxyHandler hello;
    private final ProxyHandler faults;
    private final ProxyHandler untimedFaults;
    private final ProxyHandler js;

    GuestRouter(ProxyHandler hello, ProxyHandler faults, ProxyHandler untimedFaults, ProxyHandler js) {
        this.hello = hello;
        this.faults = faults;
        this.untimedFaults = untimedFaults;
        this.js = js;
    }

    @Override
    public HandleOutcome handle(IncomingHttpRequest request, HttpResponseSink sink) {
        String path = request.pathWithQuery();
        ProxyHandler target = path.startsWith("/hello") ? hello
                : path.startsWith("/loop-to-server-deadline") ? untimedFaults
                : path.startsWith("/loop") || path.startsWith("/alloc") ? faults : js;
        try {
            return target.handle(request, sink);
        } catch (RuntimeException | Error e) {
            escaped.incrementAndGet();
            throw e;
        }
    }
}
