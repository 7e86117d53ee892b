package dev.weft.wasi.io;

import java.io.IOException;
import java.io.OutputStream;

/** An output stream over a {@link java.io.OutputStream} (stdout, stderr). */
public final class JavaOutputStream implements HostOutputStream {
    private static final long WRITE_BUDGET = 1 << 20;
    private final OutputStream out;

    public JavaOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public long checkWrite() {
        return WRITE_BUDGET;
    }

    @Override
    public void write(byte[] data) throws StreamException {
        try {
            out.write(data);
        } catch (IOException e) {
            throw StreamException.failed(IoError.of(e.toString()));
        }
    }

    @Override
    public void flush() throws StreamException {
        try {
            out.flush();
        } catch (IOException e) {
            throw StreamException.failed(IoError.of(e.toString()));
        }
    }
}
