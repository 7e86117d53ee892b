package dev.weft.wasi.http.outbound;

import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.types.BodyChannel;
import dev.weft.wasi.http.types.ErrorCode;
import dev.weft.wasi.http.types.ErrorCodeException;
import dev.weft.wasi.io.Blocking;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * Carries an outgoing request's body from the guest (a {@link BodyChannel.Target}) to the JDK client (a
 * {@link HttpRequest.BodyPublisher}), push-based so that no client thread ever blocks on the guest: the guest's
 * writes are handed to the subscriber as it asks for them, and wait while {@link #MAX_BUFFERED} bytes are queued.
 * The JDK client cannot send request trailers; they are dropped.
 */
final class RequestPipe implements BodyChannel.Target, HttpRequest.BodyPublisher {
    static final int MAX_BUFFERED = 256 * 1024;
    private static final int CHUNK = 64 * 1024;

    private final long contentLength;
    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    private int buffered;
    private boolean finished;
    private String aborted;
    private ErrorCode exchangeFailure;
    private Flow.Subscriber<? super ByteBuffer> subscriber;
    private long demand;
    private boolean cancelled;
    private boolean done;
    private boolean draining;

    /** @param contentLength the body's length when the guest's headers state it, else -1 (chunked) */
    RequestPipe(long contentLength) {
        this.contentLength = contentLength;
    }

    @Override
    public long contentLength() {
        return contentLength;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> s) {
        synchronized (this) {
            if (subscriber != null) {
                s.onSubscribe(new Flow.Subscription() {
                    @Override
                    public void request(long n) {
                    }

                    @Override
                    public void cancel() {
                    }
                });
                s.onError(new IllegalStateException("the request body can be sent only once"));
                return;
            }
            subscriber = s;
        }
        s.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                synchronized (RequestPipe.this) {
                    demand = n <= 0 || demand + n < 0 ? Long.MAX_VALUE : demand + n;
                }
                drain();
            }

            @Override
            public void cancel() {
                synchronized (RequestPipe.this) {
                    cancelled = true;
                    queue.clear();
                    buffered = 0;
                    RequestPipe.this.notifyAll();
                }
            }
        });
        drain();
    }

    @Override
    public long capacity() {
        return CHUNK;
    }

    @Override
    public void write(byte[] data) throws IOException {
        boolean full;
        synchronized (this) {
            full = full();
        }
        if (full) {
            Blocking.enter(); // waits for the peer to take the body: not while holding the lock
            try {
                synchronized (this) {
                    while (full()) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IOException("interrupted while sending the request body");
                        }
                    }
                }
            } finally {
                Blocking.exit();
            }
        }
        synchronized (this) {
            if (exchangeFailure != null) {
                throw new ErrorCodeException(exchangeFailure, "the request failed: " + exchangeFailure.describe());
            }
            if (cancelled || data.length == 0) {
                return; // the client no longer wants the body (e.g. the response came early)
            }
            queue.addLast(ByteBuffer.wrap(data.clone()));
            buffered += data.length;
        }
        drain();
    }

    private boolean full() {
        return buffered >= MAX_BUFFERED && exchangeFailure == null && aborted == null && !cancelled;
    }

    @Override
    public void flush() {
    }

    @Override
    public void finish(List<HttpField> trailers) throws IOException {
        synchronized (this) {
            if (exchangeFailure != null) {
                throw new ErrorCodeException(exchangeFailure, "the request failed: " + exchangeFailure.describe());
            }
            finished = true;
        }
        drain();
    }

    @Override
    public void abort(String reason) {
        synchronized (this) {
            if (aborted == null) {
                aborted = reason;
            }
            notifyAll();
        }
        drain();
    }

    /** The exchange ended with an error: wake and fail the guest's writes. */
    void exchangeFailed(ErrorCode code) {
        synchronized (this) {
            exchangeFailure = code;
            notifyAll();
        }
    }

    /** Hands queued data, the end or the abort to the subscriber, never while holding the lock. */
    private void drain() {
        while (true) {
            Flow.Subscriber<? super ByteBuffer> s;
            ByteBuffer item = null;
            Throwable error = null;
            synchronized (this) {
                if (draining || subscriber == null || cancelled || done) {
                    return;
                }
                s = subscriber;
                if (aborted != null) {
                    done = true;
                    error = new ErrorCodeException(ErrorCode.InternalError.of("request body aborted: " + aborted),
                            "the guest aborted the request body: " + aborted);
                } else if (!queue.isEmpty() && demand > 0) {
                    item = queue.pollFirst();
                    buffered -= item.remaining();
                    if (demand != Long.MAX_VALUE) {
                        demand--;
                    }
                    notifyAll();
                } else if (queue.isEmpty() && finished) {
                    done = true;
                } else {
                    return;
                }
                draining = true;
            }
            try {
                if (error != null) {
                    s.onError(error);
                } else if (item != null) {
                    s.onNext(item);
                } else {
                    s.onComplete();
                }
            } finally {
                synchronized (this) {
                    draining = false;
                }
            }
        }
    }
}
