package dev.weft.wasi.http;

/**
 * Serves HTTP requests with a {@code wasi:http/proxy} component: a fresh instance per request, created from one
 * pre-instantiated component. Thread-safe: servers call {@link #handle} from many threads at once.
 */
public interface ProxyHandler {
    /**
     * Runs the guest's {@code incoming-handler.handle} for one request on the calling thread and returns when the
     * response is complete. A guest that traps or never sets the response outparam before it returns gets a 500
     * (when nothing was sent yet) or an aborted response; this method does not throw for guest faults.
     */
    HandleOutcome handle(IncomingHttpRequest request, HttpResponseSink response);
}
