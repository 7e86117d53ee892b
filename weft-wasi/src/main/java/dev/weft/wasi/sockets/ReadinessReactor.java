package dev.weft.wasi.sockets;

import dev.weft.wasi.io.Poller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * One selector thread for the whole process that tells {@link Poller} when a non-blocking channel becomes ready:
 * a pollable that finds nothing to read {@link #arm arms} its channel once, and the reactor wakes the poller when
 * the OS reports it ready (one-shot; armed again by the next check). No thread ever spins.
 */
final class ReadinessReactor {
    private static ReadinessReactor instance;

    private final Selector selector;

    private ReadinessReactor() throws IOException {
        this.selector = Selector.open();
        Thread.ofPlatform().daemon().name("weft-net-reactor").start(this::loop);
    }

    static synchronized ReadinessReactor get() {
        if (instance == null) {
            try {
                instance = new ReadinessReactor();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open a selector for socket readiness", e);
            }
        }
        return instance;
    }

    /** Wakes the poller once {@code channel} (non-blocking) is ready for {@code ops}. */
    void arm(SelectableChannel channel, int ops) {
        try {
            SelectionKey key = channel.keyFor(selector);
            if (key == null || !key.isValid()) {
                channel.register(selector, ops);
            } else {
                key.interestOps(key.interestOps() | ops);
            }
            selector.wakeup();
        } catch (ClosedChannelException | CancelledKeyException e) {
            Poller.wake();
        }
    }

    private void loop() {
        while (true) {
            try {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    try {
                        key.interestOps(0);
                    } catch (CancelledKeyException ignored) {
                        // the socket was closed; its pollable is ready (with an error) anyway
                    }
                }
                boolean any = !selector.selectedKeys().isEmpty();
                selector.selectedKeys().clear();
                if (any) {
                    Poller.wake();
                }
            } catch (IOException | RuntimeException e) {
                Poller.wake();
            }
        }
    }
}
