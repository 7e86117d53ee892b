package dev.weft.wasi.sockets;

import static dev.weft.wasi.sockets.SocketErrorCode.ACCESS_DENIED;
import static dev.weft.wasi.sockets.SocketErrorCode.CONCURRENCY_CONFLICT;
import static dev.weft.wasi.sockets.SocketErrorCode.INVALID_STATE;
import static dev.weft.wasi.sockets.SocketErrorCode.NOT_IN_PROGRESS;
import static dev.weft.wasi.sockets.SocketErrorCode.NOT_SUPPORTED;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.Optional;

/**
 * A {@code wasi:sockets/udp.udp-socket} on a non-blocking {@link DatagramChannel}: unbound → bind-started → bound,
 * then {@code stream} (optionally connecting to one remote address) hands out the datagram streams. Binds and every
 * remote address are checked against the {@link NetworkPolicy} ({@code access-denied}).
 */
public final class UdpSocket {
    /** Where the socket is in the WIT's state machine. */
    public enum Phase { UNBOUND, BIND_STARTED, BOUND, CLOSED }

    private final IpFamily family;
    private final NetworkPolicy policy;
    private final SocketOptions options = new SocketOptions();
    private final DatagramChannel channel;
    private Phase phase = Phase.UNBOUND;
    private Optional<InetSocketAddress> connected = Optional.empty();
    private int generation;

    private UdpSocket(IpFamily family, NetworkPolicy policy, DatagramChannel channel) {
        this.family = family;
        this.policy = policy;
        this.channel = channel;
        options.readBuffers(channel);
    }

    /** {@code create-udp-socket}: a new unbound socket, or {@code access-denied} when UDP is switched off. */
    public static UdpSocket create(IpFamily family, NetworkPolicy policy) throws SocketError {
        if (!policy.udp()) {
            throw SocketError.of(ACCESS_DENIED, "UDP is not allowed");
        }
        try {
            DatagramChannel channel = DatagramChannel.open(family.protocolFamily());
            channel.configureBlocking(false);
            return new UdpSocket(family, policy, channel);
        } catch (UnsupportedOperationException e) {
            throw SocketError.of(NOT_SUPPORTED, family.witName() + " sockets are not supported here");
        } catch (IOException e) {
            throw SocketError.of(e);
        }
    }

    public IpFamily family() {
        return family;
    }

    public Phase phase() {
        return phase;
    }

    DatagramChannel channel() {
        return channel;
    }

    SocketOptions options() {
        return options;
    }

    NetworkPolicy policy() {
        return policy;
    }

    Optional<InetSocketAddress> connected() {
        return connected;
    }

    /** Whether streams handed out with {@code generation} are still the socket's current ones. */
    boolean isCurrent(int streamGeneration) {
        return phase == Phase.BOUND && generation == streamGeneration;
    }

    void permit(InetSocketAddress address, String operation) throws SocketError {
        if (!policy.allowsUdp(address)) {
            throw SocketError.of(ACCESS_DENIED, operation + " " + address + " is not allowed");
        }
    }

    public void startBind(InetSocketAddress address) throws SocketError {
        if (phase != Phase.UNBOUND) {
            throw phase == Phase.BIND_STARTED
                    ? SocketError.of(CONCURRENCY_CONFLICT, "start-bind: a bind is in progress")
                    : SocketError.of(INVALID_STATE, "start-bind: the socket is already bound");
        }
        permit(address, "bind to");
        AddressChecks.bindable(family, address);
        try {
            channel.bind(address);
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

    /**
     * {@code stream}: (re)connects to {@code remote} or disconnects, and returns the generation of the new pair of
     * datagram streams (older streams stop working).
     */
    public int stream(Optional<InetSocketAddress> remote) throws SocketError {
        if (phase != Phase.BOUND) {
            throw SocketError.of(INVALID_STATE, "stream: the socket is not bound");
        }
        if (remote.isPresent()) {
            permit(remote.get(), "exchange datagrams with");
            AddressChecks.remote(family, remote.get());
        }
        try {
            if (connected.isPresent()) {
                channel.disconnect();
                connected = Optional.empty();
            }
            if (remote.isPresent()) {
                channel.connect(remote.get());
                connected = remote;
            }
        } catch (IOException e) {
            throw SocketError.of(e);
        }
        return ++generation;
    }

    public InetSocketAddress localAddress() throws SocketError {
        if (phase != Phase.BOUND) {
            throw SocketError.of(INVALID_STATE, "local-address: the socket is not bound");
        }
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw SocketError.of(e);
        }
    }

    public InetSocketAddress remoteAddress() throws SocketError {
        return connected.orElseThrow(() -> SocketError.of(INVALID_STATE, "remote-address: the socket is not "
                + "connected"));
    }

    /** Closes the socket when the guest drops it. */
    public void close() {
        phase = Phase.CLOSED;
        try {
            channel.close();
        } catch (IOException ignored) {
            // dropping a socket cannot fail for the guest
        }
    }
}
