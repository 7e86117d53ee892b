package dev.weft.wasi.io;

import java.util.Optional;

/** A stream operation failed: either the stream is closed, or the last operation failed with an error. */
public final class StreamException extends Exception {
    private final boolean closed;
    private final transient Optional<IoError> error;

    private StreamException(boolean closed, Optional<IoError> error) {
        super(closed ? "stream closed" : error.map(IoError::debugString).orElse("failed"), null, false, false);
        this.closed = closed;
        this.error = error;
    }

    public static StreamException closed() {
        return new StreamException(true, Optional.empty());
    }

    public static StreamException failed(IoError error) {
        return new StreamException(false, Optional.of(error));
    }

    public boolean isClosed() {
        return closed;
    }

    public Optional<IoError> error() {
        return error;
    }
}
