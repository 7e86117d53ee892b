package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** `weft run` network flags: -S as in wasmtime, and --allow-tcp / --allow-udp allow-lists (fixture c-sockets). */
class RunSocketsTest {
    private static String fixture() {
        Path p = CliRunner.repoRoot().resolve("fixtures/build/c-sockets.wasm");
        assumeTrue(Files.exists(p), "not built: " + p);
        return p.toString();
    }

    private static CompletableFuture<Void> echoOnce(ServerSocket server) {
        return CompletableFuture.runAsync(() -> {
            try (Socket s = server.accept()) {
                byte[] got = s.getInputStream().readAllBytes();
                s.getOutputStream().write(("echo:" + new String(got, StandardCharsets.UTF_8)).getBytes(
                        StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
    }

    @Test
    void allowTcpLetsTheGuestConnect() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            var served = echoOnce(server);
            var r = CliRunner.run("run", "--allow-tcp", "127.0.0.1:" + port, fixture(), "tcp-echo", "127.0.0.1",
                    String.valueOf(port), "hi");
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().endsWith("received: echo:hi\n"), r.out());
            served.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void inheritNetworkLetsTheGuestConnect() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            var served = echoOnce(server);
            var r = CliRunner.run("run", "-S", "inherit-network,allow-ip-name-lookup=y", fixture(), "tcp-echo",
                    "127.0.0.1", String.valueOf(port), "hi");
            assertEquals(0, r.exitCode(), r.err());
            served.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutFlagsTheNetworkIsDenied() {
        var r = CliRunner.run("run", fixture(), "tcp-echo", "127.0.0.1", "9", "hi");
        assertEquals(1, r.exitCode());
        assertEquals("start-connect: access-denied\n", r.out());
        var off = CliRunner.run("run", "-S", "inherit-network", "-S", "tcp=n", fixture(), "tcp-echo", "127.0.0.1",
                "9", "hi");
        assertEquals("create-tcp-socket: access-denied\n", off.out());
        var lookup = CliRunner.run("run", "-S", "allow-ip-name-lookup", fixture(), "lookup", "127.0.0.1");
        assertEquals("address 127.0.0.1\n", lookup.out());
    }

    @Test
    void badFlagsAreOneLineErrors() {
        var r = CliRunner.run("run", "-S", "warp-drive", fixture(), "cwd");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("unknown WASI option `warp-drive`"), r.err());
        var p = CliRunner.run("run", "--allow-tcp", "127.0.0.1", fixture(), "cwd");
        assertEquals(1, p.exitCode());
        assertTrue(p.err().contains("expected HOST:PORT"), p.err());
    }
}
