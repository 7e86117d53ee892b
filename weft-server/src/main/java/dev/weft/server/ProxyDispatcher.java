package dev.weft.server;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@link Dispatch#POOL}: a non-blocking Jetty handler that refuses a declared Content-Length over the limit with
 * 413 at once, and hands every other request to {@link RunSlots#dispatch}: it runs on a guest thread (a platform
 * thread, so a CPU-bound or looping guest is preempted by the OS and cannot starve the others) once a run slot is
 * free, and waits in a queue without a thread until then. It never blocks Jetty's own threads.
 */
final class ProxyDispatcher extends Handler.Abstract.NonBlocking {
    private final Services services;

    ProxyDispatcher(Services services) {
        this.services = services;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Completion completion = Refusals.completion(request, response, callback);
        if (Refusals.tooLarge(services, request, completion, start)) {
            return true;
        }
        RequestTask task = new RequestTask(services, request, response, completion, start);
        services.runSlots().dispatch(new RunSlots.Queued() {
            @Override
            public void run() {
                task.run();
            }

            @Override
            public void refuse() {
                Refusals.busy(services, request, completion, start);
            }
        });
        return true;
    }
}
