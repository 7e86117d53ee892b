package dev.weft.server;

import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.IncomingHttpRequest;
import dev.weft.wasi.http.ProxyHandler;
import dev.weft.wasi.io.Blocking;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request on a guest thread: runs the {@link ProxyHandler} under the deadline, the body limit and a
 * {@link RunSlots} slot, then completes the exchange (response ended → done; nothing sent → 413/503/500; partly
 * sent → aborted) and logs it.
 */
final class RequestTask implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(RequestTask.class);

    private final Services services;
    private final ServerConfig config;
    private final Request request;
    private final Response response;
    private final Completion completion;
    private final long startNanos;

    RequestTask(Services services, Request request, Response response, Completion completion, long startNanos) {
        this.services = services;
        this.config = services.config();
        this.request = request;
        this.response = response;
        this.completion = completion;
        this.startNanos = startNanos;
    }

    /** Runs the request; the thread's interrupt status is clear when this returns, for whatever runs next on it. */
    @Override
    public void run() {
        try {
            serve();
        } finally {
            Thread.interrupted(); // whatever interrupted the guest stays out of Jetty's code and the next request
        }
    }

    private void serve() {
        InterruptGate gate = InterruptGate.forCurrentThread();
        LimitedBody body = new LimitedBody(() -> Request.asInputStream(request), config.maxRequestBodyBytes(), gate);
        String method = request.getMethod();
        JettyResponseSink sink = new JettyResponseSink(response, completion, body, services.flushBehind(),
                "HEAD".equals(method), gate);
        HttpURI uri = request.getHttpURI();
        String path = uri.getPathQuery() == null ? "/" : uri.getPathQuery();
        IncomingHttpRequest incoming = new IncomingHttpRequest(method,
                uri.getScheme() == null ? "http" : uri.getScheme(), authority(uri), path,
                fields(request.getHeaders()), body, () -> fields(request.getTrailers()));
        HandleOutcome outcome;
        boolean deadlineHit;
        // closing the deadline closes the gate: no interrupt reaches this thread after the guest returned
        try (Deadlines.Armed armed = services.deadlines().arm(config.deadline(), sink, gate)) {
            outcome = runGuest(incoming, sink);
            deadlineHit = armed.fired();
        }
        String result = finish(outcome, sink, body, deadlineHit);
        services.accessLog().log(method, path, completion.status(), sink.bodyBytes(),
                System.nanoTime() - startNanos, result);
    }

    /**
     * Runs the guest under a run slot: taken before the guest is instantiated, given up while it waits in host code
     * (the runner is the thread's {@link Blocking} hook), given back when it returned. Null when the thread was
     * interrupted (deadline, shutdown) while it waited for the slot: the guest did not run.
     */
    private HandleOutcome runGuest(IncomingHttpRequest incoming, JettyResponseSink sink) {
        RunSlots.Runner runner = services.runSlots().runner();
        if (!runner.take()) {
            return null;
        }
        try (Blocking.Installed hook = Blocking.install(runner)) {
            return services.handler().handle(incoming, sink);
        } catch (RuntimeException | StackOverflowError e) {
            // ProxyHandler promises not to throw for guest faults; a host bug must still not kill the server
            LOG.warn("proxy handler threw for {} {}", incoming.method(), incoming.pathWithQuery(), e);
            return new HandleOutcome.GuestFailed("host error: " + e, sink.started());
        } finally {
            runner.give();
        }
    }

    /** Completes the exchange if the handler left it open; returns the access log's outcome word. */
    private String finish(HandleOutcome outcome, JettyResponseSink sink, LimitedBody body, boolean deadlineHit) {
        if (deadlineHit) {
            completion.abort("deadline"); // no-op when the timer already answered
            return "deadline";
        }
        if (outcome == null) { // interrupted while waiting for a run slot: the server is shutting down
            completion.error(503, "server shutting down");
            return "rejected";
        }
        if (sink.ended()) {
            completion.succeed();
            return switch (outcome) {
                case HandleOutcome.Completed c -> "ok";
                // e.g. the proxy host answered 500 itself for a trap before the response began
                case HandleOutcome.GuestFailed f -> "guest-failed: " + f.reason();
            };
        }
        String reason = switch (outcome) {
            case HandleOutcome.Completed c -> "handler returned " + c.status() + " but did not end the response";
            case HandleOutcome.GuestFailed f -> f.reason();
        };
        if (!sink.started() && !completion.isDone()) {
            if (body.exceeded()) {
                completion.error(413, "request body larger than " + config.maxRequestBodyBytes() + " bytes");
                return "body-too-large";
            }
            completion.error(500, "guest failed");
            return "guest-failed: " + reason;
        }
        sink.abort(reason);
        return "aborted: " + reason;
    }

    private static String authority(HttpURI uri) {
        String authority = uri.getAuthority();
        return authority == null ? "" : authority;
    }

    private static List<HttpField> fields(HttpFields fields) {
        if (fields == null) {
            return List.of();
        }
        List<HttpField> out = new ArrayList<>(fields.size());
        for (org.eclipse.jetty.http.HttpField field : fields) {
            String value = field.getValue() == null ? "" : field.getValue();
            // getLowerCaseName is precomputed for the well-known headers
            out.add(new HttpField(field.getLowerCaseName(), value.getBytes(StandardCharsets.ISO_8859_1)));
        }
        return out;
    }
}
