package dev.weft.wasi.sockets;

import dev.weft.wasi.io.Poller;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * Accepts connections of a listening socket on a virtual thread, keeping a few ready for {@code accept} (the
 * kernel's backlog holds the rest), and wakes {@link Poller} for each.
 */
final class AcceptQueue {
    private static final int READY_MAX = 4;

    private final ServerSocketChannel server;
    private final ArrayDeque<SocketChannel> ready = new ArrayDeque<>();
    private boolean closed;

    AcceptQueue(ServerSocketChannel server) {
        this.server = server;
        Thread.ofVirtual().name("weft-tcp-accept").start(this::loop);
    }

    synchronized SocketChannel poll() {
        SocketChannel next = ready.pollFirst();
        notifyAll();
        return next;
    }

    synchronized boolean ready() {
        return !ready.isEmpty();
    }

    synchronized void close() {
        closed = true;
        for (SocketChannel c : ready) {
            try {
                c.close();
            } catch (IOException ignored) {
                // never handed to the guest
            }
        }
        ready.clear();
        notifyAll();
    }

    private void loop() {
        while (true) {
            synchronized (this) {
                while (ready.size() >= READY_MAX && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
            }
            SocketChannel client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            synchronized (this) {
                if (closed) {
                    try {
                        client.close();
                    } catch (IOException ignored) {
                        // the listener is gone
                    }
                    return;
                }
                ready.addLast(client);
            }
            Poller.wake();
        }
    }
}
