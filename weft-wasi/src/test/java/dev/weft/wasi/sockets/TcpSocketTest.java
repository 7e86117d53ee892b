package dev.weft.wasi.sockets;

import static dev.weft.wasi.sockets.SocketErrorCode.ACCESS_DENIED;
import static dev.weft.wasi.sockets.SocketErrorCode.ADDRESS_IN_USE;
import static dev.weft.wasi.sockets.SocketErrorCode.CONCURRENCY_CONFLICT;
import static dev.weft.wasi.sockets.SocketErrorCode.CONNECTION_REFUSED;
import static dev.weft.wasi.sockets.SocketErrorCode.INVALID_ARGUMENT;
import static dev.weft.wasi.sockets.SocketErrorCode.INVALID_STATE;
import static dev.weft.wasi.sockets.SocketErrorCode.NOT_IN_PROGRESS;
import static dev.weft.wasi.sockets.SocketErrorCode.WOULD_BLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.io.Poller;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

/** The TCP state machine and its error codes, as the wasi:sockets 0.2 WIT documents them. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TcpSocketTest {
    private static final NetworkPolicy LOOPBACK = new NetworkPolicy(true, true, true,
            List.of(AddressPattern.parse("127.0.0.0/8:*")), List.of(AddressPattern.parse("127.0.0.1:*")));
    private static final NetworkPolicy ALL = new NetworkPolicy(true, true, true, List.of(AddressPattern.ANY),
            List.of(AddressPattern.ANY));

    private static SocketErrorCode code(Executable e) {
        return assertThrows(SocketError.class, e).code();
    }

    private static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    private static InetSocketAddress at(String ip, int port) throws Exception {
        return new InetSocketAddress(InetAddress.getByName(ip), port);
    }

    @Test
    void deniedAddressesFailWithAccessDenied() throws Exception {
        TcpSocket s = TcpSocket.create(IpFamily.IPV4, NetworkPolicy.DENY_ALL);
        assertEquals(ACCESS_DENIED, code(() -> s.startConnect(loopback(80))));
        assertEquals(ACCESS_DENIED, code(() -> s.startBind(loopback(0))));
        TcpSocket t = TcpSocket.create(IpFamily.IPV4, LOOPBACK);
        assertEquals(ACCESS_DENIED, code(() -> t.startConnect(at("10.0.0.1", 80))));
        assertEquals(ACCESS_DENIED, code(() -> TcpSocket.create(IpFamily.IPV4,
                new NetworkPolicy(false, true, false, List.of(AddressPattern.ANY), List.of()))));
    }

    @Test
    void operationsOutOfOrderFailAsTheWitSays() throws Exception {
        TcpSocket s = TcpSocket.create(IpFamily.IPV4, LOOPBACK);
        assertEquals(NOT_IN_PROGRESS, code(s::finishBind));
        assertEquals(NOT_IN_PROGRESS, code(s::finishConnect));
        assertEquals(NOT_IN_PROGRESS, code(s::finishListen));
        assertEquals(INVALID_STATE, code(s::startListen));
        assertEquals(INVALID_STATE, code(s::localAddress));
        assertEquals(INVALID_STATE, code(s::remoteAddress));
        assertEquals(INVALID_STATE, code(s::accept));
        assertEquals(INVALID_STATE, code(() -> s.shutdown(true, true)));
        s.startBind(loopback(0));
        assertEquals(CONCURRENCY_CONFLICT, code(() -> s.startBind(loopback(0))));
        assertEquals(INVALID_STATE, code(s::localAddress), "not bound until finish-bind");
        s.finishBind();
        assertEquals(INVALID_STATE, code(() -> s.startBind(loopback(0))));
        assertTrue(s.localAddress().getPort() > 0);
        assertEquals(INVALID_ARGUMENT, code(() -> s.setListenBacklogSize(0)));
        s.close();
    }

    @Test
    void badAddressesAreInvalidArguments() throws Exception {
        TcpSocket s = TcpSocket.create(IpFamily.IPV4, ALL);
        assertEquals(INVALID_ARGUMENT, code(() -> s.startConnect(at("0.0.0.0", 80))), "unspecified");
        assertEquals(INVALID_ARGUMENT, code(() -> s.startConnect(at("127.0.0.1", 0))), "port 0");
        assertEquals(INVALID_ARGUMENT, code(() -> s.startConnect(at("224.0.0.1", 80))), "multicast");
        assertEquals(INVALID_ARGUMENT, code(() -> s.startConnect(at("255.255.255.255", 80))), "broadcast");
        assertEquals(INVALID_ARGUMENT, code(() -> s.startConnect(at("::1", 80))), "family");
        assertEquals(INVALID_ARGUMENT, code(() -> s.startBind(at("224.0.0.1", 0))), "multicast bind");
        s.close();
    }

    @Test
    void bindingAPortInUseFails() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            TcpSocket s = TcpSocket.create(IpFamily.IPV4, LOOPBACK);
            assertEquals(ADDRESS_IN_USE, code(() -> s.startBind(loopback(taken.getLocalPort()))));
            s.close();
        }
    }

    @Test
    void listenAcceptAndConnectExchangeBytes() throws Exception {
        TcpSocket server = TcpSocket.create(IpFamily.IPV4, LOOPBACK);
        server.startBind(loopback(0));
        server.finishBind();
        server.startListen();
        assertEquals(CONCURRENCY_CONFLICT, code(server::startListen));
        server.finishListen();
        assertTrue(server.isListening());
        assertEquals(WOULD_BLOCK, code(server::accept));
        assertFalse(server.pollable().ready());
        int port = server.localAddress().getPort();

        TcpSocket client = TcpSocket.create(IpFamily.IPV4, LOOPBACK);
        client.startConnect(loopback(port));
        Poller.block(client.pollable());
        TcpSocket.Streams c = client.finishConnect();
        assertEquals(INVALID_STATE, code(() -> client.startConnect(loopback(port))));
        assertEquals(INVALID_STATE, code(() -> client.setListenBacklogSize(10)));
        assertEquals(loopback(port), client.remoteAddress());

        Poller.block(server.pollable());
        TcpSocket.Accepted a = server.accept();
        assertEquals(TcpSocket.Phase.CONNECTED, a.socket().phase());
        c.output().write("ping".getBytes());
        c.output().blockingFlush();
        assertArrayEquals("ping".getBytes(), a.streams().input().blockingRead(4));
        client.shutdown(false, true);
        assertThrows(dev.weft.wasi.io.StreamException.class, () -> a.streams().input().blockingRead(10),
                "end of stream after the peer shut down sending");
        a.socket().close();
        client.close();
        server.close();
    }

    @Test
    void refusedConnectLeavesTheSocketClosed() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        TcpSocket s = TcpSocket.create(IpFamily.IPV4, LOOPBACK);
        s.startConnect(loopback(port));
        Poller.block(s.pollable());
        assertEquals(CONNECTION_REFUSED, code(s::finishConnect));
        assertEquals(INVALID_STATE, code(() -> s.startConnect(loopback(port))));
    }

    @Test
    void acceptedConnectionFromAJavaClient() throws Exception {
        TcpSocket server = TcpSocket.create(IpFamily.IPV4, LOOPBACK);
        server.startBind(loopback(0));
        server.finishBind();
        server.startListen();
        server.finishListen();
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.localAddress().getPort())) {
            Poller.block(server.pollable());
            TcpSocket.Accepted a = server.accept();
            assertEquals(client.getLocalPort(), a.socket().remoteAddress().getPort());
        }
        server.close();
    }

    @Test
    void aResetConnectionFailsTheStreamWithItsNetworkErrorCode() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            TcpSocket client = TcpSocket.create(IpFamily.IPV4, LOOPBACK);
            client.startConnect(loopback(server.getLocalPort()));
            Socket peer = server.accept();
            Poller.block(client.pollable());
            TcpSocket.Streams c = client.finishConnect();
            peer.setSoLinger(true, 0);
            peer.close();
            dev.weft.wasi.io.StreamException failed = null;
            for (int i = 0; i < 1000 && failed == null; i++) {
                try {
                    c.output().write(new byte[1024]);
                    c.output().blockingFlush();
                } catch (dev.weft.wasi.io.StreamException e) {
                    failed = e;
                }
            }
            assertTrue(failed != null && !failed.isClosed(), "writes to a reset connection fail");
            Object detail = failed.error().orElseThrow().detail().orElseThrow();
            assertTrue(detail == SocketErrorCode.CONNECTION_RESET || detail == SocketErrorCode.CONNECTION_ABORTED,
                    "network-error-code: " + detail);
            client.close();
        }
    }
}
