package dev.weft.wasi.io;

/** The host side of a {@code wasi:io/streams.output-stream}. */
public interface HostOutputStream {
    /** How many bytes {@link #write} accepts now. */
    long checkWrite() throws StreamException;

    void write(byte[] data) throws StreamException;

    /** Requests a flush of buffered output; never blocks. */
    void flush() throws StreamException;

    /** Flushes and waits until all buffered output has been written. */
    default void blockingFlush() throws StreamException {
        flush();
    }

    default Pollable pollable() {
        return Pollable.READY;
    }

    /** Called when the guest drops the stream. */
    default void close() {
    }
}
