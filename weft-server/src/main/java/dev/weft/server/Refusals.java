package dev.weft.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The answers both dispatchers give before a guest runs: 413 for a declared body over the limit, 503 when busy. */
final class Refusals {
    private Refusals() {
    }

    /** The exchange's {@link Completion}, with the request's declared body length. */
    static Completion completion(Request request, Response response, Callback callback) {
        return new Completion(request, response, callback,
                request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH));
    }

    /** Answers 413 (and logs it) if the request declares a body over the limit; true if it did. */
    static boolean tooLarge(Services services, Request request, Completion completion, long start) {
        long limit = services.config().maxRequestBodyBytes();
        if (completion.declaredBodyLength() <= limit) {
            return false;
        }
        // logged first: a client that got the answer finds its line in the log
        services.accessLog().log(request.getMethod(), request.getHttpURI().getPathQuery(), 413, 0,
                System.nanoTime() - start, "body-too-large");
        completion.error(413, "request body larger than " + limit + " bytes");
        return true;
    }

    /** Answers 503: no guest slot (or queue place) is free. */
    static void busy(Services services, Request request, Completion completion, long start) {
        services.accessLog().log(request.getMethod(), request.getHttpURI().getPathQuery(), 503, 0,
                System.nanoTime() - start, "rejected");
        completion.error(503, "server busy");
    }
}
