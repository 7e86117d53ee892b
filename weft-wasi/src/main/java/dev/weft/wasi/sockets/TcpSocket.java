package dev.weft.wasi.sockets;

import static dev.weft.wasi.sockets.SocketErrorCode.ACCESS_DENIED;
import static dev.weft.wasi.sockets.SocketErrorCode.CONCURRENCY_CONFLICT;
import static dev.weft.wasi.sockets.SocketErrorCode.INVALID_ARGUMENT;
import static dev.weft.wasi.sockets.SocketErrorCode.INVALID_STATE;
import static dev.weft.wasi.sockets.SocketErrorCode.NOT_IN_PROGRESS;
import static dev.weft.wasi.sockets.SocketErrorCode.NOT_SUPPORTED;
import static dev.weft.wasi.sockets.SocketErrorCode.WOULD_BLOCK;

import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.IoError;
import dev.weft.wasi.io.JavaInputStream;
import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.Poller;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.Channels;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A {@code wasi:sockets/tcp.tcp-socket} on Java NIO, with the WIT's state machine: unbound → bind-started → bound →
 * listen-started → listening, or (unbound | bound) → connect-started → connected (or closed when the connect fails).
 * Blocking work (connect, accept, reads, writes) runs on virtual threads that wake {@link Poller} when done, so
 * the guest's pollables block without a busy loop. Every bind and connect is checked against the
 * {@link NetworkPolicy} first ({@code access-denied}).
 */
public final class TcpSocket {
    /** Where the socket is in the WIT's state machine. */
    public enum Phase { UNBOUND, BIND_STARTED, BOUND, LISTEN_STARTED, LISTENING, CONNECT_STARTED, CONNECTED, CLOSED }

    /** The streams of a connected socket. */
    public record Streams(HostInputStream input, SocketOutputStream output) {
    }

    /** A connection taken from a listening socket. */
    public record Accepted(TcpSocket socket, Streams streams) {
    }

    private static final int DEFAULT_BACKLOG = 128;

    private final IpFamily family;
    private final NetworkPolicy policy;
    private final SocketOptions options;
    private Phase phase;
    private SocketChannel channel;
    private ServerSocketChannel server;
    private InetSocketAddress local;
    private CompletableFuture<Void> connecting;
    private AcceptQueue accepts;
    private Streams streams;
    private int backlog = DEFAULT_BACKLOG;

    private TcpSocket(IpFamily family, NetworkPolicy policy, SocketOptions options, SocketChannel channel,
            Phase phase) {
        this.family = family;
        this.policy = policy;
        this.options = options;
        this.channel = channel;
        this.phase = phase;
    }

    /** {@code create-tcp-socket}: a new unbound socket, or {@code access-denied} when TCP is switched off. */
    public static TcpSocket create(IpFamily family, NetworkPolicy policy) throws SocketError {
        if (!policy.tcp()) {
            throw SocketError.of(ACCESS_DENIED, "TCP is not allowed");
        }
        try {
            SocketChannel channel = SocketChannel.open(family.protocolFamily());
            SocketOptions options = new SocketOptions();
            options.readBuffers(channel);
            return new TcpSocket(family, policy, options, channel, Phase.UNBOUND);
        } catch (UnsupportedOperationException e) {
            throw SocketError.of(NOT_SUPPORTED, family.witName() + " sockets are not supported here");
        } catch (IOException e) {
            throw SocketError.of(e);
        }
    }

    public Phase phase() {
        return phase;
    }

    public IpFamily family() {
        return family;
    }

    private SocketError inProgressOr(SocketErrorCode otherwise, String operation) {
        return switch (phase) {
            case BIND_STARTED, LISTEN_STARTED, CONNECT_STARTED ->
                    SocketError.of(CONCURRENCY_CONFLICT, operation + ": another operation is in progress");
            default -> SocketError.of(otherwise, operation + ": the socket is " + phase.name().toLowerCase());
        };
    }

    private void permit(InetSocketAddress address, String operation) throws SocketError {
        if (!policy.allowsTcp(address)) {
            throw SocketError.of(ACCESS_DENIED, operation + " " + address + " is not allowed");
        }
    }

    public void startBind(InetSocketAddress address) throws SocketError {
        if (phase != Phase.UNBOUND) {
            throw inProgressOr(INVALID_STATE, "start-bind");
        }
        permit(address, "bind to");
        AddressChecks.bindable(family, address);
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(address);
            local = (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw SocketError.of(e);
        }
        phase = Phase.BIND_STARTED;
    }

    public void finishBind() throws SocketError {
        if (phase != Phase.BIND_STARTED) {
            throw SocketError.of(NOT_IN_PROGRESS, "finish-bind: no bind in progress");
        }
        phase = Phase.BOUND;
    }

    public void startConnect(InetSocketAddress remote) throws SocketError {
        if (phase != Phase.UNBOUND && phase != Phase.BOUND) {
            throw inProgressOr(INVALID_STATE, "start-connect");
        }
        permit(remote, "connect to");
        AddressChecks.remote(family, remote);
        CompletableFuture<Void> done = new CompletableFuture<>();
        SocketChannel ch = channel;
        Thread.ofVirtual().name("weft-tcp-connect").start(() -> {
            try {
                ch.connect(remote);
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
            Poller.wake();
        });
        connecting = done;
        phase = Phase.CONNECT_STARTED;
    }

    public Streams finishConnect() throws SocketError {
        if (phase != Phase.CONNECT_STARTED) {
            throw SocketError.of(NOT_IN_PROGRESS, "finish-connect: no connect in progress");
        }
        if (!connecting.isDone()) {
            throw SocketError.of(WOULD_BLOCK, "finish-connect: still connecting");
        }
        try {
            connecting.get();
        } catch (ExecutionException e) {
            close();
            throw SocketError.of(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SocketError.of(SocketErrorCode.UNKNOWN, "interrupted");
        }
        phase = Phase.CONNECTED;
        options.applyTo(channel);
        return openStreams();
    }

    private Streams openStreams() {
        streams = new Streams(new JavaInputStream(Channels.newInputStream(channel),
                Thread.ofVirtual().name("weft-tcp-reader"),
                e -> IoError.withDetail(e.toString(), SocketError.codeOf(e))), new SocketOutputStream(channel));
        return streams;
    }

    public void startListen() throws SocketError {
        if (phase == Phase.UNBOUND) {
            throw SocketError.of(INVALID_STATE, "start-listen: the socket is not bound");
        }
        if (phase != Phase.BOUND) {
            throw inProgressOr(INVALID_STATE, "start-listen");
        }
        try {
            channel.close();
            channel = null;
            server = ServerSocketChannel.open(family.protocolFamily());
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            options.applyTo(server);
            server.bind(local, backlog);
            local = (InetSocketAddress) server.getLocalAddress();
        } catch (IOException e) {
            throw SocketError.of(e);
        }
        accepts = new AcceptQueue(server);
        phase = Phase.LISTEN_STARTED;
    }

    public void finishListen() throws SocketError {
        if (phase != Phase.LISTEN_STARTED) {
            throw SocketError.of(NOT_IN_PROGRESS, "finish-listen: no listen in progress");
        }
        phase = Phase.LISTENING;
    }

    public Accepted accept() throws SocketError {
        if (phase != Phase.LISTENING) {
            throw SocketError.of(INVALID_STATE, "accept: the socket is not listening");
        }
        SocketChannel client = accepts.poll();
        if (client == null) {
            throw SocketError.of(WOULD_BLOCK, "accept: no pending connection");
        }
        TcpSocket socket = new TcpSocket(family, policy, options.copy(), client, Phase.CONNECTED);
        socket.options.applyTo(client);
        return new Accepted(socket, socket.openStreams());
    }

    public InetSocketAddress localAddress() throws SocketError {
        if (phase == Phase.UNBOUND || phase == Phase.BIND_STARTED || phase == Phase.CLOSED) {
            throw SocketError.of(INVALID_STATE, "local-address: the socket is not bound");
        }
        if (phase == Phase.CONNECT_STARTED || phase == Phase.CONNECTED) {
            try {
                InetSocketAddress address = (InetSocketAddress) channel.getLocalAddress();
                if (address != null) {
                    return address;
                }
            } catch (IOException e) {
                throw SocketError.of(e);
            }
            throw SocketError.of(INVALID_STATE, "local-address: the socket is not bound yet");
        }
        return local;
    }

    public InetSocketAddress remoteAddress() throws SocketError {
        if (phase != Phase.CONNECTED) {
            throw SocketError.of(INVALID_STATE, "remote-address: the socket is not connected");
        }
        try {
            return (InetSocketAddress) channel.getRemoteAddress();
        } catch (IOException e) {
            throw SocketError.of(e);
        }
    }

    public boolean isListening() {
        return phase == Phase.LISTENING;
    }

    public void setListenBacklogSize(long value) throws SocketError {
        if (value == 0) {
            throw SocketError.of(INVALID_ARGUMENT, "set-listen-backlog-size: 0");
        }
        switch (phase) {
            case CONNECT_STARTED, CONNECTED -> throw SocketError.of(INVALID_STATE,
                    "set-listen-backlog-size: the socket is connected");
            case LISTEN_STARTED, LISTENING -> throw SocketError.of(NOT_SUPPORTED,
                    "set-listen-backlog-size: Java cannot change the backlog of a listening socket");
            default -> backlog = (int) Math.min(Integer.MAX_VALUE, value);
        }
    }

    /** The options (keep-alive, hop limit, buffer sizes) of this socket. */
    SocketOptions options() {
        return options;
    }

    /** The channel the options apply to now (none once closed). */
    NetworkChannel optionChannel() {
        return server != null ? server : channel;
    }

    /** Ready when the pending connect finished or a connection waits to be accepted; otherwise at once. */
    public Pollable pollable() {
        return () -> switch (phase) {
            case CONNECT_STARTED -> connecting.isDone() ? 0 : Long.MAX_VALUE;
            case LISTENING -> accepts.ready() ? 0 : Long.MAX_VALUE;
            default -> 0;
        };
    }

    /** {@code shutdown}: stops receiving, sending (after queued output is written) or both. */
    public void shutdown(boolean receive, boolean send) throws SocketError {
        if (phase != Phase.CONNECTED) {
            throw SocketError.of(INVALID_STATE, "shutdown: the socket is not connected");
        }
        try {
            if (send) {
                try {
                    streams.output().blockingFlush();
                } catch (dev.weft.wasi.io.StreamException ignored) {
                    // the connection already failed; shutting down is still what the guest asked for
                }
                streams.output().shutdown();
                channel.shutdownOutput();
            }
            if (receive) {
                channel.shutdownInput();
            }
        } catch (IOException e) {
            throw SocketError.of(e);
        }
    }

    /** Closes the socket when the guest drops it. */
    public void close() {
        phase = Phase.CLOSED;
        if (streams != null) {
            streams.output().close();
        }
        if (accepts != null) {
            accepts.close();
        }
        closeQuietly(channel);
        closeQuietly(server);
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException ignored) {
            // dropping a socket cannot fail for the guest
        }
    }
}
