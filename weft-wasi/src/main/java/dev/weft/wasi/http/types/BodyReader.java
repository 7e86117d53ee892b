package dev.weft.wasi.http.types;

import dev.weft.wasi.io.Blocking;
import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.IoError;
import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.Poller;
import dev.weft.wasi.io.StreamException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * An incoming HTTP body as a {@code wasi:io} input stream. A virtual thread reads the Java stream ahead by a few
 * chunks (never the whole body), so {@code read} returns what has arrived, {@code blocking-read} waits, and the
 * pollable is ready when data, the end or an error is there. Enforces a byte limit and an optional between-bytes
 * timeout; a failure becomes a stream error whose {@link IoError} detail is an {@link ErrorCode}.
 */
public final class BodyReader implements HostInputStream {
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_CHUNKS = 4;

    /** Limits and error mapping for one body. */
    public record Limits(long maxBytes, Optional<Duration> betweenBytes, ErrorCode tooLarge,
            Function<IOException, ErrorCode> readFailure) {
    }

    private final InputStream in;
    private final Limits limits;
    private volatile boolean dropped;
    private final boolean closeWhenAbandoned;
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private long received;
    private long lastProgress = System.nanoTime();
    private boolean eof;
    private boolean discard;
    private boolean stopped;
    private ErrorCode failure;
    private String failureMessage;
    private Thread pump;

    /**
     * @param closeWhenAbandoned close {@code in} when the guest gives the body up (outbound responses); a server's
     *     request stream is left for the server to close
     */
    public BodyReader(InputStream in, Limits limits, boolean closeWhenAbandoned) {
        this.in = in;
        this.limits = limits;
        this.closeWhenAbandoned = closeWhenAbandoned;
    }

    @Override
    public synchronized byte[] read(int max) throws StreamException {
        start();
        checkTimeout();
        return take(max);
    }

    @Override
    public byte[] blockingRead(int max) throws StreamException {
        synchronized (this) {
            start();
            if (!waiting() || max <= 0) {
                return take(max);
            }
        }
        // a wait for the peer: the guest's thread gives its run slot up meanwhile (not while holding the lock)
        Blocking.enter();
        try {
            synchronized (this) {
                awaitData(max);
                return take(max);
            }
        } finally {
            Blocking.exit();
        }
    }

    private void awaitData(int max) throws StreamException {
        while (waiting() && max > 0) {
            long wait = nanosUntilTimeout();
            try {
                if (wait == Long.MAX_VALUE) {
                    wait();
                } else {
                    wait(Math.max(1, wait / 1_000_000L));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw StreamException.failed(IoError.of("interrupted while reading the HTTP body"));
            }
            checkTimeout();
        }
    }

    @Override
    public Pollable pollable() {
        return () -> {
            synchronized (this) {
                start();
                checkTimeout();
                return waiting() ? nanosUntilTimeout() : 0;
            }
        };
    }

    /** Whether the body has ended (normally or with an error); trailers can be read after that. */
    public synchronized boolean ended() {
        start();
        checkTimeout();
        return (eof && chunks.isEmpty()) || failure != null || (discard && eof);
    }

    /** Nanoseconds until {@link #ended()} may change; 0 when it has ended. */
    public synchronized long nanosUntilEnded() {
        return ended() ? 0 : nanosUntilTimeout();
    }

    /** The error that ended the body, if any. */
    public synchronized Optional<ErrorCode> failure() {
        return Optional.ofNullable(failure);
    }

    /** The guest dropped this stream (its {@code input-stream} handle); the body may now be finished. */
    @Override
    public void close() {
        dropped = true;
    }

    /** Whether the guest dropped this stream. */
    public boolean isDropped() {
        return dropped;
    }

    /** The guest gave the body up: the rest is read and dropped (so trailers still arrive) or the input closed. */
    public void abandon() {
        synchronized (this) {
            discard = true;
            chunks.clear();
            notifyAll();
        }
        if (closeWhenAbandoned) {
            closeQuietly();
        } else {
            synchronized (this) {
                start();
            }
        }
    }

    /**
     * The request is over: the reader thread stops (after its current read returns) and, for outbound responses,
     * the input is closed. Registered with the {@link RequestScope} when the reader starts.
     */
    public void stop() {
        synchronized (this) {
            stopped = true;
            discard = true;
            chunks.clear();
            notifyAll();
        }
        if (closeWhenAbandoned) {
            closeQuietly();
        }
    }

    private boolean waiting() {
        return chunks.isEmpty() && !eof && failure == null;
    }

    private long nanosUntilTimeout() {
        if (limits.betweenBytes().isEmpty()) {
            return Long.MAX_VALUE;
        }
        return Math.max(1, lastProgress + limits.betweenBytes().get().toNanos() - System.nanoTime());
    }

    private void checkTimeout() {
        if (waiting() && limits.betweenBytes().isPresent() && pump != null
                && System.nanoTime() - lastProgress >= limits.betweenBytes().get().toNanos()) {
            fail(ErrorCode.Simple.CONNECTION_READ_TIMEOUT, "no body data within the between-bytes timeout");
            if (closeWhenAbandoned) {
                Thread.ofVirtual().start(this::closeQuietly);
            }
        }
    }

    private byte[] take(int max) throws StreamException {
        if (chunks.isEmpty()) {
            if (failure != null) {
                throw StreamException.failed(IoError.withDetail(failureMessage, failure));
            }
            if (eof) {
                throw StreamException.closed();
            }
            return new byte[0];
        }
        byte[] head = chunks.pollFirst();
        notifyAll();
        if (head.length <= max) {
            return head;
        }
        chunks.addFirst(Arrays.copyOfRange(head, max, head.length));
        return Arrays.copyOf(head, max);
    }

    private void start() {
        if (pump == null) {
            lastProgress = System.nanoTime();
            pump = Thread.ofVirtual().name("weft-http-body").start(this::pumpLoop);
            RequestScope.register(this::stop);
        }
    }

    private void pumpLoop() {
        byte[] buffer = new byte[CHUNK];
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                synchronized (this) {
                    if (!discard || !closeWhenAbandoned) {
                        fail(limits.readFailure().apply(e), "reading the HTTP body failed: " + e.getMessage());
                    }
                    eof = true;
                    notifyAll();
                }
                Poller.wake();
                return;
            }
            synchronized (this) {
                if (failure != null || stopped) {
                    return;
                }
                if (n < 0) {
                    eof = true;
                    notifyAll();
                    break;
                }
                received += n;
                lastProgress = System.nanoTime();
                if (received > limits.maxBytes()) {
                    fail(limits.tooLarge(), "the HTTP body is larger than " + limits.maxBytes() + " bytes");
                    break;
                }
                while (chunks.size() >= MAX_CHUNKS && !discard && failure == null && !stopped) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (!discard) {
                    chunks.addLast(Arrays.copyOf(buffer, n));
                }
                notifyAll();
            }
            Poller.wake();
        }
        Poller.wake();
    }

    private void fail(ErrorCode code, String message) {
        if (failure == null) {
            failure = code;
            failureMessage = message;
        }
        notifyAll();
        Poller.wake();
    }

    private void closeQuietly() {
        try {
            in.close();
        } catch (IOException ignored) {
            // the body is abandoned; nothing is waiting for its outcome
        }
    }
}
