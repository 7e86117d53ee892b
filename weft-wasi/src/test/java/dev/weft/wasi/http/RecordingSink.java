package dev.weft.wasi.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An in-memory {@link HttpResponseSink} that records the call order and checks the contract. */
final class RecordingSink implements HttpResponseSink {
    final List<String> calls = new ArrayList<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    /** Sizes of the body writes, in order (to see streaming). */
    final List<Integer> writes = new ArrayList<>();
    int status = -1;
    List<HttpField> headers = List.of();
    List<HttpField> trailers;
    String abortReason;

    @Override
    public OutputStream begin(int status, List<HttpField> headers) {
        if (!calls.isEmpty()) {
            throw new AssertionError("begin after " + calls);
        }
        calls.add("begin");
        this.status = status;
        this.headers = List.copyOf(headers);
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (calls.contains("end") || calls.contains("abort")) {
                    throw new AssertionError("body write after " + calls);
                }
                writes.add(len);
                body.write(b, off, len);
            }
        };
    }

    @Override
    public void end(List<HttpField> trailers) throws IOException {
        if (!calls.equals(List.of("begin"))) {
            throw new AssertionError("end after " + calls);
        }
        calls.add("end");
        this.trailers = List.copyOf(trailers);
    }

    @Override
    public void abort(String reason) {
        if (calls.contains("end") || calls.contains("abort")) {
            throw new AssertionError("abort after " + calls);
        }
        calls.add("abort");
        abortReason = reason;
    }

    String bodyText() {
        return body.toString(StandardCharsets.UTF_8);
    }

    Optional<String> header(String name) {
        return headers.stream().filter(f -> f.name().equals(name)).map(HttpField::valueAsString).findFirst();
    }
}
