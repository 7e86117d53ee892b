package dev.weft.wasi.http;

import dev.weft.wasi.http.types.BodyChannel;
import dev.weft.wasi.http.types.OutgoingBody;
import dev.weft.wasi.http.types.OutgoingResponse;
import dev.weft.wasi.http.types.ResponseOutparam;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One request's response, between the guest and the server's {@link HttpResponseSink}: status and headers go out
 * when the guest sets the outparam, the body streams as the guest writes it, and {@link #outcome} settles what
 * the guest left unfinished (a 500 when nothing was sent, an abort when the body had begun).
 */
final class ResponseExchange implements ResponseOutparam.Receiver {
    private final HttpResponseSink sink;
    private int status;
    private boolean set;
    private String guestError;
    private boolean begun;
    private boolean ended;
    private String aborted;

    ResponseExchange(HttpResponseSink sink) {
        this.sink = sink;
    }

    @Override
    public void respond(OutgoingResponse response) {
        set = true;
        status = response.status();
        OutputStream out;
        try {
            out = sink.begin(status, response.headerEntries());
        } catch (IOException e) {
            begun = true;
            abort("the response sink failed at begin: " + e.getMessage());
            return;
        }
        begun = true;
        Optional<OutgoingBody> body = response.takenBody();
        if (body.isEmpty()) {
            end(List.of());
            return;
        }
        try {
            body.get().channel().attach(new SinkTarget(out));
        } catch (IOException e) {
            abort("writing the response body failed: " + e.getMessage());
        }
    }

    @Override
    public void fail(String errorDescription) {
        set = true;
        guestError = errorDescription;
    }

    /** How the request ended, after the guest returned ({@code trap} empty) or trapped. */
    HandleOutcome outcome(Optional<String> trap) {
        if (!begun) {
            String reason = trap.orElseGet(() -> guestError != null
                    ? "the guest set the response to an error: " + guestError
                    : "the guest returned without setting the response-outparam");
            internalServerError();
            return new HandleOutcome.GuestFailed(reason, false);
        }
        if (aborted != null) {
            return new HandleOutcome.GuestFailed(trap.orElse(aborted), true);
        }
        if (!ended) {
            String reason = trap.orElse("the guest returned before finishing the response body");
            abort(reason);
            return new HandleOutcome.GuestFailed(reason, true);
        }
        return trap.<HandleOutcome>map(t -> new HandleOutcome.GuestFailed(t, true))
                .orElseGet(() -> new HandleOutcome.Completed(status));
    }

    /** Fails the request before the guest ran (instantiation failed): a 500. */
    HandleOutcome failBeforeGuest(String reason) {
        internalServerError();
        return new HandleOutcome.GuestFailed(reason, false);
    }

    private void internalServerError() {
        byte[] body = "Internal Server Error\n".getBytes(StandardCharsets.US_ASCII);
        try {
            OutputStream out = sink.begin(500, List.of(HttpField.of("content-type", "text/plain"),
                    HttpField.of("content-length", Integer.toString(body.length))));
            begun = true;
            out.write(body);
            sink.end(List.of());
            ended = true;
        } catch (IOException e) {
            abort("sending the 500 failed: " + e.getMessage());
        }
    }

    private void end(List<HttpField> trailers) {
        try {
            sink.end(trailers);
            ended = true;
        } catch (IOException e) {
            abort("ending the response failed: " + e.getMessage());
        }
    }

    private void abort(String reason) {
        if (aborted == null && !ended) {
            aborted = reason;
            sink.abort(reason);
        }
    }

    /** The response body's destination once the response has begun. */
    private final class SinkTarget implements BodyChannel.Target {
        private final OutputStream out;

        SinkTarget(OutputStream out) {
            this.out = out;
        }

        @Override
        public long capacity() {
            return 64 * 1024;
        }

        @Override
        public void write(byte[] data) throws IOException {
            out.write(data);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void finish(List<HttpField> trailers) throws IOException {
            sink.end(trailers);
            ended = true;
        }

        @Override
        public void abort(String reason) {
            ResponseExchange.this.abort(reason);
        }
    }

    boolean isSet() {
        return set;
    }
}
