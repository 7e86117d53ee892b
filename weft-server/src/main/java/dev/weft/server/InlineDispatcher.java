package dev.weft.server;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@link Dispatch#INLINE}: a blocking Jetty handler that runs the request's guest on the Jetty thread it is called
 * on (a platform thread of the server's pool, so a CPU-bound or looping guest is preempted by the OS and the
 * selector goes on on another thread). A declared Content-Length over the limit gets 413 before any guest runs;
 * past {@link GuestSlots}' bound a request gets 503. The thread's interrupt status is cleared before it returns to
 * Jetty (see {@link InterruptGate}).
 */
final class InlineDispatcher extends Handler.Abstract {
    private final Services services;
    private final GuestSlots slots;

    InlineDispatcher(Services services, GuestSlots slots) {
        super(InvocationType.BLOCKING);
        this.services = services;
        this.slots = slots;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Completion completion = Refusals.completion(request, response, callback);
        if (Refusals.tooLarge(services, request, completion, start)) {
            return true;
        }
        if (!slots.acquire()) {
            Thread.interrupted(); // a wait cut short by shutdown: the flag stays out of Jetty's code
            Refusals.busy(services, request, completion, start);
            return true;
        }
        try {
            new RequestTask(services, request, response, completion, start).run();
        } finally {
            slots.release(); // RequestTask leaves the thread's interrupt status clear
        }
        return true;
    }
}
