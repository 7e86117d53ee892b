package dev.weft.wasi.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** An input stream over a {@link java.io.InputStream} (stdin): streams through, never buffers it all. */
public final class JavaInputStream implements HostInputStream {
    private final InputStream in;

    public JavaInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public byte[] read(int max) throws StreamException {
        try {
            int available = in.available();
            if (available <= 0) {
                return blockingRead(max);
            }
            return readUpTo(Math.min(max, available));
        } catch (IOException e) {
            throw StreamException.failed(IoError.of(e.toString()));
        }
    }

    @Override
    public byte[] blockingRead(int max) throws StreamException {
        return readUpTo(max);
    }

    private byte[] readUpTo(int max) throws StreamException {
        if (max == 0) {
            return new byte[0];
        }
        byte[] buffer = new byte[Math.min(max, 64 * 1024)];
        try {
            int n = in.read(buffer);
            if (n < 0) {
                throw StreamException.closed();
            }
            return Arrays.copyOf(buffer, n);
        } catch (IOException e) {
            throw StreamException.failed(IoError.of(e.toString()));
        }
    }
}
