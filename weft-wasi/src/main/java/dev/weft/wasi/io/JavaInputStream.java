package dev.weft.wasi.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.Function;

/**
 * An input stream over a {@link java.io.InputStream} (stdin). A daemon thread, started on first use, reads ahead a
 * few chunks, so {@code read} never blocks (it returns what has arrived), {@code blocking-read} waits, and the
 * stream's pollable becomes ready when data or the end arrives. Streams through; never buffers it all.
 */
public final class JavaInputStream implements HostInputStream {
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_CHUNKS = 4;

    private final InputStream in;
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private boolean eof;
    private IOException failure;
    private final Thread.Builder threads;
    private final Function<IOException, IoError> errors;
    private Thread pump;

    public JavaInputStream(InputStream in) {
        this(in, Thread.ofPlatform().daemon().name("weft-wasi-stdin"), e -> IoError.of(e.toString()));
    }

    /** Reads {@code in} on a thread from {@code threads} (e.g. a virtual thread per socket). */
    public JavaInputStream(InputStream in, Thread.Builder threads) {
        this(in, threads, e -> IoError.of(e.toString()));
    }

    /** As {@link #JavaInputStream(InputStream, Thread.Builder)}, describing read failures with {@code errors}. */
    public JavaInputStream(InputStream in, Thread.Builder threads, Function<IOException, IoError> errors) {
        this.in = in;
        this.threads = threads;
        this.errors = errors;
    }

    @Override
    public synchronized byte[] read(int max) throws StreamException {
        start();
        return take(max);
    }

    @Override
    public byte[] blockingRead(int max) throws StreamException {
        synchronized (this) {
            start();
            if (!waiting(max)) {
                return take(max);
            }
        }
        Blocking.enter(); // a wait for the peer: not while holding the lock
        try {
            synchronized (this) {
                while (waiting(max)) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw StreamException.failed(IoError.of("interrupted"));
                    }
                }
                return take(max);
            }
        } finally {
            Blocking.exit();
        }
    }

    private boolean waiting(int max) {
        return chunks.isEmpty() && !eof && failure == null && max > 0;
    }

    @Override
    public Pollable pollable() {
        return () -> {
            synchronized (this) {
                start();
                return chunks.isEmpty() && !eof && failure == null ? Long.MAX_VALUE : 0;
            }
        };
    }

    private byte[] take(int max) throws StreamException {
        if (chunks.isEmpty()) {
            if (failure != null) {
                throw StreamException.failed(errors.apply(failure));
            }
            if (eof) {
                throw StreamException.closed();
            }
            return new byte[0];
        }
        byte[] head = chunks.peekFirst();
        if (head.length <= max) {
            chunks.pollFirst();
            notifyAll();
            return head;
        }
        chunks.pollFirst();
        chunks.addFirst(Arrays.copyOfRange(head, max, head.length));
        return Arrays.copyOf(head, max);
    }

    private void start() {
        if (pump == null) {
            pump = threads.start(this::pumpLoop);
        }
    }

    private void pumpLoop() {
        byte[] buffer = new byte[CHUNK];
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                finish(e);
                return;
            }
            if (n < 0) {
                finish(null);
                return;
            }
            synchronized (this) {
                while (chunks.size() >= MAX_CHUNKS) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                chunks.addLast(Arrays.copyOf(buffer, n));
                notifyAll();
            }
            Poller.wake();
        }
    }

    private void finish(IOException error) {
        synchronized (this) {
            eof = true;
            failure = error;
            notifyAll();
        }
        Poller.wake();
    }
}
