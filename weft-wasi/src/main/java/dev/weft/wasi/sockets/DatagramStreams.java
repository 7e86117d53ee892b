package dev.weft.wasi.sockets;

import static dev.weft.wasi.sockets.SocketErrorCode.DATAGRAM_TOO_LARGE;
import static dev.weft.wasi.sockets.SocketErrorCode.INVALID_ARGUMENT;
import static dev.weft.wasi.sockets.SocketErrorCode.INVALID_STATE;

import dev.weft.error.Trap;
import dev.weft.wasi.io.Pollable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code incoming-datagram-stream} and {@code outgoing-datagram-stream} of a {@link UdpSocket}. */
public final class DatagramStreams {
    private static final int MAX_DATAGRAM = 65535;

    private DatagramStreams() {
    }

    /** A datagram with its peer: the sender of an incoming one, the destination (if any) of an outgoing one. */
    public record Datagram(byte[] data, Optional<InetSocketAddress> address) {
    }

    /** Receives without blocking; its pollable is ready when a datagram has arrived. */
    public static final class Incoming {
        private final UdpSocket socket;
        private final int generation;
        private final ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
        private Datagram pending;

        Incoming(UdpSocket socket, int generation) {
            this.socket = socket;
            this.generation = generation;
        }

        /** Up to {@code max} datagrams that have arrived (possibly none). */
        public List<Datagram> receive(long max) throws SocketError {
            if (!socket.isCurrent(generation)) {
                throw SocketError.of(INVALID_STATE, "receive: this stream was replaced by a later `stream` call");
            }
            List<Datagram> out = new ArrayList<>();
            while (out.size() < max) {
                Datagram next;
                try {
                    next = next();
                } catch (IOException e) {
                    if (out.isEmpty()) {
                        throw SocketError.of(e);
                    }
                    break;
                }
                if (next == null) {
                    break;
                }
                out.add(next);
            }
            return out;
        }

        private Datagram next() throws IOException {
            if (pending != null) {
                Datagram d = pending;
                pending = null;
                return d;
            }
            buffer.clear();
            InetSocketAddress from = (InetSocketAddress) socket.channel().receive(buffer);
            if (from == null) {
                return null;
            }
            buffer.flip();
            byte[] data = new byte[buffer.remaining()];
            buffer.get(data);
            return new Datagram(data, Optional.of(from));
        }

        public Pollable pollable() {
            return () -> {
                if (pending != null || !socket.isCurrent(generation)) {
                    return 0;
                }
                try {
                    pending = next();
                } catch (IOException e) {
                    return 0;
                }
                if (pending != null) {
                    return 0;
                }
                ReadinessReactor.get().arm(socket.channel(), SelectionKey.OP_READ);
                return Long.MAX_VALUE;
            };
        }
    }

    /** Sends without blocking, each call permitted by a preceding {@code check-send}. */
    public static final class Outgoing {
        private static final int PERMIT = 64;

        private final UdpSocket socket;
        private final int generation;
        private long permitted;

        Outgoing(UdpSocket socket, int generation) {
            this.socket = socket;
            this.generation = generation;
        }

        public long checkSend() throws SocketError {
            if (!socket.isCurrent(generation)) {
                throw SocketError.of(INVALID_STATE, "check-send: this stream was replaced by a later `stream` call");
            }
            permitted = PERMIT;
            return permitted;
        }

        /**
         * Sends {@code datagrams} in order and returns how many were sent; an error on the first one is returned as
         * the error. Traps when {@code check-send} did not permit that many, as the WIT requires.
         */
        public long send(List<Datagram> datagrams) throws SocketError, Trap {
            if (datagrams.isEmpty()) {
                return 0;
            }
            if (datagrams.size() > permitted) {
                throw new Trap("outgoing-datagram-stream.send: " + datagrams.size() + " datagrams, but check-send "
                        + "permitted " + permitted);
            }
            permitted = 0;
            if (!socket.isCurrent(generation)) {
                throw SocketError.of(INVALID_STATE, "send: this stream was replaced by a later `stream` call");
            }
            long sent = 0;
            for (Datagram d : datagrams) {
                try {
                    if (!sendOne(d)) {
                        break;
                    }
                } catch (SocketError e) {
                    if (sent == 0) {
                        throw e;
                    }
                    break;
                }
                sent++;
            }
            return sent;
        }

        private boolean sendOne(Datagram d) throws SocketError {
            Optional<InetSocketAddress> connected = socket.connected();
            InetSocketAddress target;
            if (d.address().isPresent()) {
                target = d.address().get();
                if (connected.isPresent() && !connected.get().equals(target)) {
                    throw SocketError.of(INVALID_ARGUMENT, "send: " + target + " is not the connected peer "
                            + connected.get());
                }
                socket.permit(target, "send to");
                AddressChecks.remote(socket.family(), target);
            } else {
                target = connected.orElseThrow(() -> SocketError.of(INVALID_ARGUMENT,
                        "send: no remote address, and the socket is not connected"));
            }
            if (d.data().length > MAX_DATAGRAM) {
                throw SocketError.of(DATAGRAM_TOO_LARGE, "send: " + d.data().length + " bytes");
            }
            try {
                ByteBuffer data = ByteBuffer.wrap(d.data());
                int n = connected.isPresent() ? socket.channel().write(data) : socket.channel().send(data, target);
                return n > 0 || d.data().length == 0;
            } catch (IOException e) {
                throw SocketError.of(e);
            }
        }

        public Pollable pollable() {
            return Pollable.READY;
        }
    }
}
