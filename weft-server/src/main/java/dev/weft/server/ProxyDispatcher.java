package dev.weft.server;

import dev.weft.wasi.http.ProxyHandler;
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
    private final ProxyHandler handler;
    private final ServerConfig config;
    private final Deadlines deadlines;
    private final ExecutorService guests;

    ProxyDispatcher(ProxyHandler handler, ServerConfig config, Deadlines deadlines, ExecutorService guests) {
        this.handler = handler;
        this.config = config;
        this.deadlines = deadlines;
        this.guests = guests;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Completion completion = new Completion(request, response, callback);
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > config.maxRequestBodyBytes()) {
            // logged first: a client that got the answer finds its line in the log
            AccessLog.log(request.getMethod(), request.getHttpURI().getPathQuery(), 413, 0,
                    System.nanoTime() - start, "body-too-large");
            completion.error(413, "request body larger than " + config.maxRequestBodyBytes() + " bytes");
            return true;
        }
        try {
            guests.execute(new RequestTask(handler, config, deadlines, request, response, completion, start));
        } catch (RejectedExecutionException e) {
            AccessLog.log(request.getMethod(), request.getHttpURI().getPathQuery(), 503, 0,
                    System.nanoTime() - start, "rejected");
            completion.error(503, "server busy");
        }
        return true;
    }
}
