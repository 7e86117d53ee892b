package dev.weft.bench;

import dev.weft.server.ServerConfig;
import dev.weft.server.WeftServer;
import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.ProxyHandler;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code weft-server} with a Java {@link ProxyHandler} that answers "hello": the server's own ceiling, without a
 * guest. {@code java -cp benchmarks.jar dev.weft.bench.JavaHelloServer PORT}; bench/serve.sh runs it as a baseline.
 */
public final class JavaHelloServer {
    private static final byte[] HELLO = "hello\n".getBytes(StandardCharsets.US_ASCII);

    private JavaHelloServer() {
    }

    public static void main(String[] args) throws Exception {
        ProxyHandler hello = (request, sink) -> {
            try {
                OutputStream out = sink.begin(200, List.of(HttpField.of("content-type", "text/plain")));
                out.write(HELLO);
                sink.end(List.of());
                return new HandleOutcome.Completed(200);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        WeftServer server = WeftServer.start(hello, ServerConfig.defaults()
                .withAddress(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0]))));
        System.err.println("Serving HTTP on " + server.uri());
        server.join();
    }
}
