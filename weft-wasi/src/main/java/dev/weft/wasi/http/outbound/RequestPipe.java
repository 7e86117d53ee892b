package dev.weft.wasi.http.outbound;

import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.types.BodyChannel;
import dev.weft.wasi.http.types.ErrorCode;
import dev.weft.wasi.http.types.ErrorCodeException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Carries an outgoing request's body from the guest (a {@link BodyChannel.Target}) to the JDK client (an
 * {@link InputStream} its body publisher reads). Bounded: the guest's write waits while {@link #MAX_BUFFERED} bytes
 * are queued. The JDK client cannot send request trailers; they are dropped.
 */
final class RequestPipe implements BodyChannel.Target {
    static final int MAX_BUFFERED = 256 * 1024;
    private static final int CHUNK = 64 * 1024;

    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private int buffered;
    private boolean finished;
    private String aborted;
    private ErrorCode exchangeFailure;

    @Override
    public long capacity() {
        return CHUNK;
    }

    @Override
    public synchronized void write(byte[] data) throws IOException {
        while (buffered >= MAX_BUFFERED && exchangeFailure == null && aborted == null) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while sending the request body");
            }
        }
        if (exchangeFailure != null) {
            throw new ErrorCodeException(exchangeFailure, "the request failed: " + exchangeFailure.describe());
        }
        if (data.length > 0) {
            queue.addLast(data);
            buffered += data.length;
            notifyAll();
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public synchronized void finish(List<HttpField> trailers) throws IOException {
        if (exchangeFailure != null) {
            throw new ErrorCodeException(exchangeFailure, "the request failed: " + exchangeFailure.describe());
        }
        finished = true;
        notifyAll();
    }

    @Override
    public synchronized void abort(String reason) {
        aborted = reason;
        notifyAll();
    }

    /** The exchange ended with an error: wake and fail the guest's writes. */
    synchronized void exchangeFailed(ErrorCode code) {
        exchangeFailure = code;
        notifyAll();
    }

    /** The stream the JDK client's body publisher reads. */
    InputStream inputStream() {
        return new InputStream() {
            private byte[] current = new byte[0];
            private int pos;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (pos == current.length && !next()) {
                    return -1;
                }
                int n = Math.min(len, current.length - pos);
                System.arraycopy(current, pos, b, off, n);
                pos += n;
                return n;
            }

            private boolean next() throws IOException {
                synchronized (RequestPipe.this) {
                    while (queue.isEmpty() && !finished && aborted == null) {
                        try {
                            RequestPipe.this.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IOException("interrupted while reading the request body");
                        }
                    }
                    if (aborted != null) {
                        throw new ErrorCodeException(ErrorCode.InternalError.of("request body aborted: " + aborted),
                                "the guest aborted the request body: " + aborted);
                    }
                    if (queue.isEmpty()) {
                        return false;
                    }
                    current = queue.pollFirst();
                    pos = 0;
                    buffered -= current.length;
                    RequestPipe.this.notifyAll();
                    return true;
                }
            }
        };
    }
}
