package dev.weft.wasi.sockets;

import dev.weft.wasi.io.Blocking;
import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.IoError;
import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.Poller;
import dev.weft.wasi.io.StreamException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayDeque;

/**
 * The output stream of a connected TCP socket: {@code write} only queues (up to {@link #CAPACITY} bytes, the
 * budget {@code check-write} reports) and a virtual thread writes the queue to the socket, so the guest never blocks
 * in {@code write}. After {@code flush}, {@code check-write} reports 0 until the queue is written, as the WIT says.
 */
final class SocketOutputStream implements HostOutputStream {
    static final int CAPACITY = 64 * 1024;

    private final WritableByteChannel channel;
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private long queued;
    private boolean flushing;
    private boolean shutdown;
    private boolean closed;
    private IOException failure;
    private Thread writer;

    SocketOutputStream(WritableByteChannel channel) {
        this.channel = channel;
    }

    @Override
    public synchronized long checkWrite() throws StreamException {
        check();
        if (flushing && queued > 0) {
            return 0;
        }
        flushing = false;
        return CAPACITY - queued;
    }

    @Override
    public synchronized void write(byte[] data) throws StreamException {
        check();
        if (data.length == 0) {
            return;
        }
        queue.addLast(data);
        queued += data.length;
        if (writer == null) {
            writer = Thread.ofVirtual().name("weft-tcp-writer").start(this::writeLoop);
        }
        notifyAll();
    }

    @Override
    public synchronized void flush() throws StreamException {
        check();
        flushing = queued > 0;
    }

    @Override
    public void blockingFlush() throws StreamException {
        synchronized (this) {
            check();
            if (queued == 0) {
                return;
            }
        }
        Blocking.enter(); // a wait for the peer: not while holding the lock
        try {
            synchronized (this) {
                while (queued > 0 && failure == null) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw StreamException.failed(IoError.of("interrupted"));
                    }
                }
            }
        } finally {
            Blocking.exit();
        }
        synchronized (this) {
            check();
        }
    }

    @Override
    public Pollable pollable() {
        return () -> {
            synchronized (this) {
                boolean ready = failure != null || shutdown || (!(flushing && queued > 0) && queued < CAPACITY);
                return ready ? 0 : Long.MAX_VALUE;
            }
        };
    }

    /** The socket's send side was shut down: further writes report a closed stream. */
    synchronized void shutdown() {
        shutdown = true;
        notifyAll();
    }

    /** The guest dropped the stream, or the socket: the writer finishes the queue and stops. */
    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    private void check() throws StreamException {
        if (failure != null) {
            throw StreamException.failed(IoError.withDetail(failure.toString(), SocketError.codeOf(failure)));
        }
        if (shutdown) {
            throw StreamException.closed();
        }
    }

    private void writeLoop() {
        while (true) {
            byte[] next;
            synchronized (this) {
                while (queue.isEmpty()) {
                    if (closed) {
                        return;
                    }
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                next = queue.peekFirst();
            }
            try {
                ByteBuffer buffer = ByteBuffer.wrap(next);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException e) {
                synchronized (this) {
                    failure = e;
                    queue.clear();
                    queued = 0;
                    notifyAll();
                }
                Poller.wake();
                return;
            }
            synchronized (this) {
                queue.pollFirst();
                queued -= next.length;
                notifyAll();
            }
            Poller.wake();
        }
    }
}
