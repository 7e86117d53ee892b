package dev.weft.wasi.http.types;

import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.IoError;
import dev.weft.wasi.io.StreamException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The {@code outgoing-body} resource of a request the guest sends or a response it returns. Its output stream can
 * be taken once. When the headers carry {@code content-length}, writing more is a stream error and finishing with
 * fewer bytes is an error ({@code HTTP-request-body-size} / {@code HTTP-response-body-size} with the count written),
 * as in Wasmtime. Dropping the body without {@code finish} aborts it.
 */
public final class OutgoingBody {
    private final ErrorCode.BodyKind kind;
    private final Optional<Long> contentLength;
    private final BodyChannel channel = new BodyChannel();
    private long written;
    private boolean streamTaken;
    /** The guest holds the output stream: {@code finish} must wait until it is dropped (it is a child resource). */
    private boolean streamAlive;
    private boolean closed;
    /** A write or flush failed: per wasi:io the stream is closed from then on. */
    private boolean broken;

    public OutgoingBody(ErrorCode.BodyKind kind, Optional<Long> contentLength) {
        this.kind = kind;
        this.contentLength = contentLength;
    }

    /** For bodies of fields: the value of a single well-formed {@code content-length}, if there is one. */
    public static Optional<Long> contentLength(Fields headers) {
        List<byte[]> values = headers.valuesOf("content-length");
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Long length = null;
        for (byte[] v : values) {
            String s = new String(v, java.nio.charset.StandardCharsets.ISO_8859_1).trim();
            if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            long n = Long.parseLong(s);
            if (length != null && length != n) {
                return Optional.empty();
            }
            length = n;
        }
        return Optional.of(length);
    }

    public BodyChannel channel() {
        return channel;
    }

    /** {@code write}: the body's output stream, the first time only. */
    public Optional<HostOutputStream> write() {
        if (streamTaken) {
            return Optional.empty();
        }
        streamTaken = true;
        streamAlive = true;
        return Optional.of(new Stream());
    }

    /**
     * Whether the stream from {@link #write} has not been dropped yet. Wasmtime makes the stream a child of the
     * body, so {@code finish} while the guest still holds it traps.
     */
    public boolean streamAlive() {
        return streamAlive;
    }

    /**
     * {@code finish}: ends the body with {@code trailers}.
     *
     * @return the error to report to the guest, if the body was not complete or the receiver failed
     */
    public Optional<ErrorCode> finish(List<HttpField> trailers) {
        if (closed) {
            return Optional.of(ErrorCode.InternalError.of("the outgoing body was already finished"));
        }
        closed = true;
        if (contentLength.isPresent() && written != contentLength.get()) {
            channel.abort("body has " + written + " bytes, content-length says " + contentLength.get());
            return Optional.of(new ErrorCode.BodySize(kind, Optional.of(written)));
        }
        try {
            channel.finish(trailers);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(ErrorCodeException.codeOf(e, ErrorCode.Simple.CONNECTION_TERMINATED));
        }
    }

    /** The guest dropped the body without finishing it: the message is incomplete. */
    public void dropped() {
        if (!closed) {
            closed = true;
            channel.abort("the guest dropped the outgoing-body without finishing it");
        }
    }

    private StreamException failure(ErrorCode code, String message) {
        broken = true;
        return StreamException.failed(IoError.withDetail(message, code));
    }

    private void checkOpen() throws StreamException {
        if (closed || broken) {
            throw StreamException.closed();
        }
    }

    /** The body's {@code output-stream}. */
    private final class Stream implements HostOutputStream {
        @Override
        public void close() {
            streamAlive = false;
        }

        @Override
        public long checkWrite() throws StreamException {
            checkOpen();
            return channel.capacity();
        }

        @Override
        public void write(byte[] data) throws StreamException {
            checkOpen();
            if (contentLength.isPresent() && written + data.length > contentLength.get()) {
                throw failure(new ErrorCode.BodySize(kind, Optional.of(written + data.length)),
                        "writing " + data.length + " bytes exceeds content-length " + contentLength.get());
            }
            try {
                channel.write(data);
            } catch (IOException e) {
                throw failure(ErrorCodeException.codeOf(e, ErrorCode.Simple.CONNECTION_TERMINATED),
                        "writing the HTTP body failed: " + e.getMessage());
            }
            written += data.length;
        }

        @Override
        public void flush() throws StreamException {
            checkOpen();
            try {
                channel.flush();
            } catch (IOException e) {
                throw failure(ErrorCodeException.codeOf(e, ErrorCode.Simple.CONNECTION_TERMINATED),
                        "flushing the HTTP body failed: " + e.getMessage());
            }
        }
    }
}
