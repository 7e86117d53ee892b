package dev.weft.server;

import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.HttpResponseSink;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;

/**
 * Writes a guest's response to a Jetty response as the guest produces it: status and headers at {@link #begin},
 * each body write straight to the connection (no whole-body buffer), trailers at {@link #end} when the protocol
 * carries them (HTTP/1.1 chunked, HTTP/2). The deadline timer may {@link #expire} it from another thread.
 */
final class JettyResponseSink implements HttpResponseSink {
    /** Connection-level fields that a guest may not set on a response (RFC 9110 §7.6.1); dropped. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "upgrade", "te", "trailer");

    private enum State { NEW, STREAMING, ENDED, FAILED }

    private final Response response;
    private final Completion completion;
    private final LimitedBody requestBody;
    private State state = State.NEW;
    private CountingOutputStream out;
    private int status;
    private volatile HttpFields trailers;

    JettyResponseSink(Response response, Completion completion, LimitedBody requestBody) {
        this.response = response;
        this.completion = completion;
        this.requestBody = requestBody;
    }

    @Override
    public synchronized OutputStream begin(int status, List<HttpField> headers) throws IOException {
        if (state != State.NEW) {
            throw new IOException("response already " + describe(state) + "; begin may be called once");
        }
        if (requestBody.exceeded()) {
            throw new IOException("the request body went over the size limit; the server answers 413");
        }
        if (status < 100 || status > 999) {
            throw new IOException("response status " + status + " is not a 3-digit HTTP status");
        }
        response.setStatus(status);
        HttpFields.Mutable fields = response.getHeaders();
        for (HttpField field : headers) {
            String name = field.name().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name)) {
                fields.add(name, field.valueAsString());
            }
        }
        if (!fields.contains(HttpHeader.CONTENT_LENGTH)) {
            // Jetty takes the trailer supplier when it commits the head, so it is set now and filled at end()
            response.setTrailersSupplier(() -> trailers);
        }
        this.status = status;
        this.out = new CountingOutputStream(Content.Sink.asOutputStream(response));
        state = State.STREAMING;
        return out;
    }

    @Override
    public void end(List<HttpField> trailers) throws IOException {
        CountingOutputStream body;
        synchronized (this) {
            if (state != State.STREAMING) {
                throw new IOException("cannot end a response that is " + describe(state));
            }
            if (!trailers.isEmpty()) {
                HttpFields.Mutable fields = HttpFields.build();
                for (HttpField field : trailers) {
                    fields.add(field.name().toLowerCase(Locale.ROOT), field.valueAsString());
                }
                this.trailers = fields;
            }
            body = out;
        }
        body.close(); // the last write (and trailers); blocks until sent, outside the lock so expire can run
        synchronized (this) {
            if (state == State.STREAMING) {
                state = State.ENDED;
            }
        }
    }

    /**
     * Aborts the exchange once the response has begun. Before {@link #begin} it does nothing: the server then
     * answers with an error status itself (413, 500) when the handler returns.
     */
    @Override
    public void abort(String reason) {
        synchronized (this) {
            if (state != State.STREAMING) {
                return;
            }
            state = State.FAILED;
        }
        completion.abort(reason);
    }

    /**
     * The deadline passed: a 503 if nothing is on the wire yet (even when the guest has begun a response that
     * Jetty has not committed), else the exchange is aborted.
     */
    void expire(String reason) {
        synchronized (this) {
            if (state == State.ENDED || state == State.FAILED) {
                return;
            }
            state = State.FAILED;
        }
        if (!response.isCommitted()) {
            completion.error(503, reason);
        } else {
            completion.abort(reason);
        }
    }

    /** True once {@link #begin} succeeded: status and headers are (being) sent. */
    synchronized boolean started() {
        return out != null;
    }

    synchronized boolean ended() {
        return state == State.ENDED;
    }

    synchronized int status() {
        return status;
    }

    synchronized long bodyBytes() {
        return out == null ? 0 : out.count();
    }

    private static String describe(State state) {
        return switch (state) {
            case NEW -> "not begun";
            case STREAMING -> "begun";
            case ENDED -> "ended";
            case FAILED -> "failed (aborted or past its deadline)";
        };
    }

    /** Counts the body bytes for the access log; every write goes straight through. */
    private static final class CountingOutputStream extends OutputStream {
        private final OutputStream out;
        private volatile long count;

        CountingOutputStream(OutputStream out) {
            this.out = out;
        }

        long count() {
            return count;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
