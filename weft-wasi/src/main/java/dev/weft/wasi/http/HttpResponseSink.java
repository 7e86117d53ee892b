package dev.weft.wasi.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Where a proxy component's response goes; the HTTP server implements it. Methods are called on the thread that
 * runs the guest, in the order {@code begin}, body writes, then exactly one of {@code end} or {@code abort}.
 */
public interface HttpResponseSink {
    /** Status and headers, once, before any body byte; returns the stream the body is written to (streamed). */
    OutputStream begin(int status, List<HttpField> headers) throws IOException;

    /** The body ended normally; {@code trailers} may be empty. */
    void end(List<HttpField> trailers) throws IOException;

    /** The response cannot be completed (the guest failed after {@link #begin}): abort the exchange. */
    void abort(String reason);
}
