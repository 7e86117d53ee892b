package dev.weft.wasi.sockets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.runtime.Engine;
import dev.weft.testkit.Fixtures;
import dev.weft.wasi.WasiCommand;
import dev.weft.wasi.WasiContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * wasi:sockets end to end: the C fixture {@code fixtures/c/sockets.c} (hand-written canonical-ABI imports) runs as a
 * command against Java peers on loopback: TCP connect + echo, TCP denied by default, TCP listen + accept, UDP
 * send + receive, name lookup of {@code localhost}, and {@code initial-cwd}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SocketsFixtureTest {
    private static final Engine ENGINE = Engine.create();
    private static Component component;

    record Run(int exit, String stdout) {
    }

    @BeforeAll
    static void load() throws Exception {
        component = Component.decode(Fixtures.componentBytes("c-sockets"));
    }

    private static Run run(UnaryOperator<WasiContext.Builder> setup, String... args) throws Exception {
        var out = new ByteArrayOutputStream();
        var ctx = WasiContext.builder().args(List.of(args)).stdout(out).stderr(System.err);
        int exit = WasiCommand.run(ENGINE, component, setup.apply(ctx).build());
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    /** A one-connection echo server: reads to the end, answers "echo:" + what it read. */
    private static CompletableFuture<String> echoServer(ServerSocket server) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket s = server.accept()) {
                String got = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                s.getOutputStream().write(("echo:" + got).getBytes(StandardCharsets.UTF_8));
                return got;
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
    }

    @Test
    void tcpConnectsToAnAllowedJavaServerAndEchoes() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            CompletableFuture<String> received = echoServer(server);
            Run r = run(c -> c.allowTcp("127.0.0.1:" + port), "sockets", "tcp-echo", "127.0.0.1",
                    String.valueOf(port), "ping over wasi:sockets");
            assertEquals("connected to 127.0.0.1:" + port + "\nreceived: echo:ping over wasi:sockets\n", r.stdout());
            assertEquals(0, r.exit());
            assertEquals("ping over wasi:sockets", received.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void tcpIsDeniedByDefault() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            Run r = run(c -> c, "sockets", "tcp-echo", "127.0.0.1", String.valueOf(port), "x");
            assertEquals("start-connect: access-denied\n", r.stdout());
            assertEquals(1, r.exit());
            Run other = run(c -> c.allowTcp("127.0.0.1:" + (port == 65535 ? 1 : port + 1)), "sockets", "tcp-echo",
                    "127.0.0.1", String.valueOf(port), "x");
            assertEquals("start-connect: access-denied\n", other.stdout(), "a different port is not allowed");
            Run off = run(c -> c.tcp(false).inheritNetwork(), "sockets", "tcp-echo", "127.0.0.1",
                    String.valueOf(port), "x");
            assertEquals("create-tcp-socket: access-denied\n", off.stdout());
        }
    }

    @Test
    void tcpConnectToAClosedPortIsRefused() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Run r = run(WasiContext.Builder::inheritNetwork, "sockets", "tcp-echo", "127.0.0.1", String.valueOf(port),
                "x");
        assertEquals("finish-connect: connection-refused\n", r.stdout());
    }

    @Test
    void tcpListensAndAcceptsAJavaClient() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        CompletableFuture<Run> guest = CompletableFuture.supplyAsync(() -> {
            try {
                return run(c -> c.allowTcp("127.0.0.0/8:" + port), "sockets", "tcp-serve", "127.0.0.1",
                        String.valueOf(port));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        String reply = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (reply == null) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                OutputStream out = s.getOutputStream();
                out.write("java client".getBytes(StandardCharsets.UTF_8));
                s.shutdownOutput();
                InputStream in = s.getInputStream();
                reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException notYetListening) {
                assertTrue(System.nanoTime() < deadline, "the guest never listened: " + notYetListening);
                Thread.sleep(50);
            }
        }
        assertEquals("hello java client", reply);
        Run r = guest.get(30, TimeUnit.SECONDS);
        assertEquals("listening on 127.0.0.1:" + port + "\nis-listening: 1\nrequest: java client\n", r.stdout());
        assertEquals(0, r.exit());
    }

    @Test
    void udpSendsAndReceivesDatagrams() throws Exception {
        try (DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            int port = peer.getLocalPort();
            CompletableFuture<String> served = CompletableFuture.supplyAsync(() -> {
                try {
                    DatagramPacket p = new DatagramPacket(new byte[1024], 1024);
                    peer.receive(p);
                    String got = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
                    byte[] reply = ("pong:" + got).getBytes(StandardCharsets.UTF_8);
                    peer.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
                    return got;
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            Run r = run(c -> c.allowUdp("127.0.0.1:*"), "sockets", "udp", "127.0.0.1", String.valueOf(port), "ping");
            assertEquals("sent 1 datagram(s)\nudp received: pong:ping\nfrom 127.0.0.1:" + port + "\n", r.stdout());
            assertEquals("ping", served.get(10, TimeUnit.SECONDS));
            Run denied = run(c -> c, "sockets", "udp", "127.0.0.1", String.valueOf(port), "ping");
            assertEquals("start-bind: access-denied\n", denied.stdout());
        }
    }

    @Test
    void nameLookupOfLocalhost() throws Exception {
        Run r = run(c -> c.allowIpNameLookup(true), "sockets", "lookup", "localhost");
        assertEquals(0, r.exit());
        assertTrue(r.stdout().lines().anyMatch(l -> l.equals("address 127.0.0.1") || l.equals("address ipv6 0:0:0:0:0:0:0:1")),
                r.stdout());
        Run literal = run(c -> c.allowIpNameLookup(true), "sockets", "lookup", "10.1.2.3");
        assertEquals("address 10.1.2.3\n", literal.stdout());
        Run bad = run(c -> c.allowIpNameLookup(true), "sockets", "lookup", "a.b<&>");
        assertEquals("resolve-addresses: invalid-argument\n", bad.stdout());
        Run denied = run(c -> c, "sockets", "lookup", "localhost");
        assertEquals("resolve-addresses: permanent-resolver-failure\n", denied.stdout());
    }

    @Test
    void initialCwd() throws Exception {
        assertEquals("initial-cwd: none\n", run(c -> c, "sockets", "cwd").stdout());
        assertEquals("initial-cwd: /work\n", run(c -> c.initialCwd("/work"), "sockets", "cwd").stdout());
    }
}
