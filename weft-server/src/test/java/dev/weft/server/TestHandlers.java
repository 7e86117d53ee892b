package dev.weft.server;

import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.HttpResponseSink;
import dev.weft.wasi.http.IncomingHttpRequest;
import dev.weft.wasi.http.ProxyHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** Java stand-ins for proxy components: they drive the sink the way a synchronous guest does. */
final class TestHandlers {
    private TestHandlers() {
    }

    /** Routes by path: /hello, /echo, /slow?ms=N, /loop, /loop-after-begin, /trap, /throw, /no-end, /trailers, /self-interrupt,
     * /interrupted-at-start. */
    static final class Router implements ProxyHandler {
        final AtomicInteger interruptedGuests = new AtomicInteger();
        final CountDownLatch loopStarted = new CountDownLatch(1);

        @Override
        public HandleOutcome handle(IncomingHttpRequest request, HttpResponseSink sink) {
            String path = request.pathWithQuery();
            try {
                if (path.startsWith("/interrupted-at-start")) {
                    return text(sink, 200, Boolean.toString(Thread.currentThread().isInterrupted()));
                } else if (path.startsWith("/self-interrupt")) {
                    // a host that leaves its thread interrupted, before and after it writes the response
                    Thread.currentThread().interrupt();
                    HandleOutcome outcome = text(sink, 200, "interrupted");
                    Thread.currentThread().interrupt();
                    return outcome;
                } else if (path.startsWith("/hello")) {
                    return text(sink, 200, "hello");
                } else if (path.startsWith("/echo")) {
                    return echo(request, sink);
                } else if (path.startsWith("/slow")) {
                    Thread.sleep(Long.parseLong(path.substring(path.indexOf("ms=") + 3)));
                    return text(sink, 200, "slept");
                } else if (path.startsWith("/loop-after-begin")) {
                    OutputStream out = sink.begin(200, List.of());
                    out.write("partial".getBytes(StandardCharsets.US_ASCII));
                    return spin(true);
                } else if (path.startsWith("/begin-then-loop")) {
                    sink.begin(200, List.of(HttpField.of("x-guest", "began")));
                    return spin(true);
                } else if (path.startsWith("/loop")) {
                    return spin(false);
                } else if (path.startsWith("/trap")) {
                    return new HandleOutcome.GuestFailed("wasm trap: unreachable", false);
                } else if (path.startsWith("/throw")) {
                    throw new IllegalStateException("host bug");
                } else if (path.startsWith("/no-end")) {
                    sink.begin(200, List.of());
                    return new HandleOutcome.Completed(200);
                } else if (path.startsWith("/request-trailers")) {
                    long n = request.body().transferTo(OutputStream.nullOutputStream());
                    StringBuilder sb = new StringBuilder(n + " bytes");
                    for (HttpField f : request.trailers().get()) {
                        sb.append('\n').append(f.name()).append(": ").append(f.valueAsString());
                    }
                    return text(sink, 200, sb.toString());
                } else if (path.startsWith("/read-all")) {
                    long n = request.body().transferTo(OutputStream.nullOutputStream());
                    return text(sink, 200, Long.toString(n));
                } else if (path.startsWith("/request-info")) {
                    StringBuilder sb = new StringBuilder();
                    sb.append(request.method()).append(' ').append(request.scheme()).append(' ')
                            .append(request.authority()).append(' ').append(request.pathWithQuery()).append('\n');
                    for (HttpField f : request.headers()) {
                        sb.append(f.name()).append(": ").append(f.valueAsString()).append('\n');
                    }
                    return text(sink, 200, sb.toString());
                } else if (path.startsWith("/trailers")) {
                    OutputStream out = sink.begin(200, List.of(HttpField.of("content-type", "text/plain")));
                    out.write("body".getBytes(StandardCharsets.US_ASCII));
                    sink.end(List.of(HttpField.of("x-checksum", "abc123")));
                    return new HandleOutcome.Completed(200);
                }
                return text(sink, 404, "no route " + path);
            } catch (IOException e) {
                sink.abort(e.getMessage());
                return new HandleOutcome.GuestFailed("io: " + e.getMessage(), true);
            } catch (InterruptedException e) {
                interruptedGuests.incrementAndGet();
                return new HandleOutcome.GuestFailed("interrupted", false);
            }
        }

        /** Like Endive's compiled code: burns CPU and only checks the interrupt flag. */
        private HandleOutcome spin(boolean started) {
            loopStarted.countDown();
            long x = 0;
            while (!Thread.currentThread().isInterrupted()) {
                x += System.nanoTime() & 1;
            }
            interruptedGuests.incrementAndGet();
            return new HandleOutcome.GuestFailed("interrupted after " + (x >= 0 ? "spinning" : ""), started);
        }
    }

    static HandleOutcome text(HttpResponseSink sink, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        OutputStream out = sink.begin(status, List.of(HttpField.of("content-type", "text/plain")));
        out.write(bytes);
        sink.end(List.of());
        return new HandleOutcome.Completed(status);
    }

    /** Writes back each piece of the body as soon as it arrives, flushing it to the client. */
    static HandleOutcome echo(IncomingHttpRequest request, HttpResponseSink sink) throws IOException {
        OutputStream out = sink.begin(200, List.of(HttpField.of("content-type", "application/octet-stream")));
        InputStream in = request.body();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) >= 0) {
            out.write(buf, 0, n);
            out.flush();
        }
        sink.end(List.of());
        return new HandleOutcome.Completed(200);
    }
}
