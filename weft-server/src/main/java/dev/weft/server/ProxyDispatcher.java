package dev.weft.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@link Dispatch#POOL}: a non-blocking Jetty handler that refuses a declared Content-Length over the limit with
 * 413 at once, and hands every other request to a guest thread (a platform thread, so a CPU-bound or looping guest
 * is preempted by the OS and cannot starve the others). It never blocks Jetty's own threads.
 */
final class ProxyDispatcher extends Handler.Abstract.NonBlocking {
    private final Services services;
    private final ExecutorService guests;

    ProxyDispatcher(Services services, ExecutorService guests) {
        this.services = services;
        this.guests = guests;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Completion completion = Refusals.completion(request, response, callback);
        if (Refusals.tooLarge(services, request, completion, start)) {
            return true;
        }
        try {
            guests.execute(new RequestTask(services, request, response, completion, start));
        } catch (RejectedExecutionException e) {
            Refusals.busy(services, request, completion, start);
        }
        return true;
    }
}
