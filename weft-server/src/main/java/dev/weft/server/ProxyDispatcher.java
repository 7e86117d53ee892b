package dev.weft.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The Jetty handler: refuses a declared Content-Length over the limit with 413 at once, and hands every other
 * request to a guest thread (a platform thread, so a CPU-bound or looping guest is preempted by the OS and cannot
 * starve the others). It never blocks Jetty's own threads.
 */
final class ProxyDispatcher extends Handler.Abstract.NonBlocking {
    private final Services services;
    private final ServerConfig config;
    private final ExecutorService guests;

    ProxyDispatcher(Services services, ExecutorService guests) {
        this.services = services;
        this.config = services.config();
        this.guests = guests;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        Completion completion = new Completion(request, response, callback, declared);
        if (declared > config.maxRequestBodyBytes()) {
            // logged first: a client that got the answer finds its line in the log
            services.accessLog().log(request.getMethod(), request.getHttpURI().getPathQuery(), 413, 0,
                    System.nanoTime() - start, "body-too-large");
            completion.error(413, "request body larger than " + config.maxRequestBodyBytes() + " bytes");
            return true;
        }
        try {
            guests.execute(new RequestTask(services, request, response, completion, start));
        } catch (RejectedExecutionException e) {
            services.accessLog().log(request.getMethod(), request.getHttpURI().getPathQuery(), 503, 0,
                    System.nanoTime() - start, "rejected");
            completion.error(503, "server busy");
        }
        return true;
    }
}
