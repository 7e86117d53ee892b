package dev.weft.app.host;

import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.HttpResponseSink;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An {@link HttpResponseSink} that keeps the response in memory. */
class CapturingSink implements HttpResponseSink {
    int status = -1;
    final List<HttpField> headers = new ArrayList<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    boolean ended;
    String aborted;

    @Override
    public OutputStream begin(int status, List<HttpField> headers) {
        this.status = status;
        this.headers.addAll(headers);
        return body;
    }

    @Override
    public void end(List<HttpField> trailers) {
        ended = true;
    }

    @Override
    public void abort(String reason) {
        aborted = reason;
    }

    String body() {
        return body.toString(StandardCharsets.UTF_8);
    }

    Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HttpField::valueAsString).findFirst();
    }
}
