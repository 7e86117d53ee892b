package dev.weft.server;

import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@link Dispatch#POOL}: a non-blocking Jetty handler that refuses a declared Content-Length over the limit with
 * 413 at once, and hands every other request to a guest thread (a platform thread, so a CPU-bound or looping guest
 * is preempted by the OS and cannot starve the others). It never blocks Jetty's own threads. A request read by a guest
 * thread itself (resuming its connection after the previous response, see {@link IoPool}) is run by that thread
 * next when no request is waiting for one.
 */
final class ProxyDispatcher extends Handler.Abstract.NonBlocking {
    private final Services services;
    private final ThreadPoolExecutor guests;

    ProxyDispatcher(Services services, ThreadPoolExecutor guests) {
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
        RequestTask task = new RequestTask(services, request, response, completion, start);
        GuestThread guest = GuestThread.current();
        if (guest != null && !guests.isShutdown() && guests.getQueue().isEmpty() && guest.runNext(task)) {
            // a guest thread read this request while resuming its connection after the previous response: it runs
            // it next itself (no hand-off; it is one of the pool's running threads already). Only while no request
            // waits in the queue, so one busy connection cannot keep a thread from the others; a pool that is shut
            // down refuses it below, as it would any request.
            return true;
        }
        try {
            guests.execute(task);
        } catch (RejectedExecutionException e) {
            Refusals.busy(services, request, completion, start);
        }
        return true;
    }
}
