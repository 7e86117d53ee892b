package dev.weft.server;

import java.io.IOException;
import java.io.InputStream;

/** The request body as the guest reads it: streamed from the connection, refused past the size limit. */
final class LimitedBody extends InputStream {
    private final InputStream in;
    private final long limit;
    private long count;
    private volatile boolean exceeded;

    LimitedBody(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** True once the body went over the limit (the server then answers 413). */
    boolean exceeded() {
        return exceeded;
    }

    long bytesRead() {
        return count;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (exceeded) {
            throw tooLarge();
        }
        int n = in.read(b, off, len);
        if (n > 0) {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw tooLarge();
            }
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return exceeded ? 0 : in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private IOException tooLarge() {
        return new IOException("request body exceeds the limit of " + limit + " bytes");
    }
}
