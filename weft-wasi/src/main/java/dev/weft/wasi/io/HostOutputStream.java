package dev.weft.wasi.io;

/** The host side of a {@code wasi:io/streams.output-stream}. */
public interface HostOutputStream {
    /** How many bytes {@link #write} accepts now. */
    long checkWrite() throws StreamException;

    void write(byte[] data) throws StreamException;

    void flush() throws StreamException;

    default Pollable pollable() {
        return Pollable.READY;
    }

    /** Called when the guest drops the stream. */
    default void close() {
    }
}
