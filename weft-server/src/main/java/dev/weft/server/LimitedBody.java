package dev.weft.server;

import dev.weft.wasi.io.Blocking;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * The request body as the guest reads it: streamed from the connection, refused past the size limit. The stream
 * over the connection is made on the first read, so a guest that never reads the body (most GETs) costs none. A
 * read that may wait for the client (nothing buffered) is bracketed by {@link Blocking}.
 */
final class LimitedBody extends InputStream {
    private final Supplier<InputStream> source;
    /** Made once (the guest's reader thread and its own thread may both touch the body). */
    private volatile InputStream in;
    private final long limit;
    private final InterruptGate gate;
    private long count;
    private volatile boolean exceeded;

    /** {@code source} is asked for the body stream once, on the first read. */
    LimitedBody(Supplier<InputStream> source, long limit) {
        this(source, limit, null);
    }

    /**
     * As above; reads on the request's own thread go through {@code gate} (a read may fill from the socket on
     * this thread, which an interrupt would close). {@code null}: no gate.
     */
    LimitedBody(Supplier<InputStream> source, long limit, InterruptGate gate) {
        this.source = source;
        this.limit = limit;
        this.gate = gate;
    }

    private InputStream in() {
        InputStream s = in;
        if (s == null) {
            synchronized (this) {
                s = in;
                if (s == null) {
                    s = source.get();
                    in = s;
                }
            }
        }
        return s;
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
        InputStream s = in();
        // nothing buffered: the read may wait for the client, and a guest thread gives its run slot up meanwhile
        // (a no-op on threads without a Blocking hook, e.g. a body reader's own thread)
        boolean mayWait = len > 0 && s.available() == 0;
        if (mayWait) {
            Blocking.enter();
        }
        int n;
        try {
            if (gate != null) {
                gate.enterIo();
                try {
                    n = s.read(b, off, len);
                } finally {
                    gate.exitIo();
                }
            } else {
                n = s.read(b, off, len);
            }
        } finally {
            if (mayWait) {
                Blocking.exit();
            }
        }
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
        return exceeded ? 0 : in().available();
    }

    @Override
    public void close() throws IOException {
        InputStream s = in;
        if (s != null) {
            s.close();
        }
    }

    private IOException tooLarge() {
        return new IOException("request body exceeds the limit of " + limit + " bytes");
    }
}
