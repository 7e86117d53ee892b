package dev.weft.wasi.io;

/** The host side of a {@code wasi:io/streams.input-stream}. */
public interface HostInputStream {
    /** Up to {@code max} bytes that are available now (possibly none). */
    byte[] read(int max) throws StreamException;

    /** Up to {@code max} bytes, waiting for at least one unless the stream ends. */
    default byte[] blockingRead(int max) throws StreamException {
        return read(max);
    }

    default Pollable pollable() {
        return Pollable.READY;
    }

    /** Called when the guest drops the stream. */
    default void close() {
    }
}
