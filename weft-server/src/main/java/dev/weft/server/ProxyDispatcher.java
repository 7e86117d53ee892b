package dev.weft.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The Jetty handler: refuses a declared Content-Length over the limit with 413 at once, and runs every other
 * request's guest through {@link Admission}: on the calling Jetty thread (a platform thread, so a CPU-bound or looping
 * guest is preempted by the OS and cannot starve the others), queued, or refused with 503. It is a blocking handler,
 * so Jetty calls it on a pool thread of its own and never on the thread that selects.
 */
final class ProxyDispatcher extends Handler.Abstract {
    private final Services services;
    private final ServerConfig config;
    private final Admission admission;

    ProxyDispatcher(Services services, Admission admission) {
        super(InvocationType.BLOCKING);
        this.services = services;
        this.config = services.config();
        this.admission = admission;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Completion completion = new Completion(request, response, callback);
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > config.maxRequestBodyBytes()) {
            // logged first: a client that got the answer finds its line in the log
            services.accessLog().log(request.getMethod(), request.getHttpURI().getPathQuery(), 413, 0,
                    System.nanoTime() - start, "body-too-large");
            completion.error(413, "request body larger than " + config.maxRequestBodyBytes() + " bytes");
            return true;
        }
        if (!admission.runOrQueue(new RequestTask(services, request, response, completion, start))) {
            services.accessLog().log(request.getMethod(), request.getHttpURI().getPathQuery(), 503, 0,
                    System.nanoTime() - start, "rejected");
            completion.error(503, "server busy");
        }
        return true;
    }
}
