package dev.weft.cli;

import dev.weft.component.Component;
import dev.weft.error.WeftException;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Limits;
import dev.weft.server.ServerConfig;
import dev.weft.server.WeftServer;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.http.ProxyHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve HTTP with a wasi:http/proxy component (as `wasmtime serve`): a fresh instance of the "
                + "component per request, HTTP/1.1 keep-alive and h2c.",
                "Ctrl-C stops it gracefully: requests in flight finish first. Each request is logged on stderr."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--addr", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:8080",
            description = "where to listen (default: ${DEFAULT-VALUE}; port 0 picks a free one)")
    String addr;

    @Mixin
    GuestOptions guest = new GuestOptions();

    @Option(names = "--deadline", paramLabel = "DURATION", defaultValue = "30s",
            description = "wall-clock limit per request; past it the guest is interrupted and the client gets a "
                    + "503, or a cut-off response if it began (default: ${DEFAULT-VALUE})")
    String deadline;

    @Option(names = "--max-body-size", paramLabel = "SIZE",
            description = "largest request body, e.g. 10M; larger ones get 413 (default: no limit)")
    String maxBodySize;

    @Option(names = "--max-concurrency", paramLabel = "N", defaultValue = "64",
            description = "requests served at once, each on its own thread (default: ${DEFAULT-VALUE})")
    int maxConcurrency;

    @Option(names = "--max-running", paramLabel = "N",
            description = "guests computing at once (default: one per processor); more requests wait without a "
                    + "thread; a guest waiting in a host call (request body, client, outgoing request, sleep) does "
                    + "not count, nor one that computed for over 20 ms of CPU without waiting; at most "
                    + "--max-concurrency")
    Integer maxRunning;

    @Option(names = "--max-memory", paramLabel = "SIZE",
            description = "cap each request's instance's linear memory (all memories together), e.g. 64M; "
                    + "memory.grow past it fails, so the guest usually traps and the client gets a 500 "
                    + "(default: no cap)")
    String maxMemory;

    @Option(names = "-S", paramLabel = "NAME[=VAL]", description = "a WASI option as in wasmtime: inherit-network, "
            + "allow-ip-name-lookup, tcp[=n], udp[=n]; comma-separated lists allowed")
    List<String> wasiOptions = new ArrayList<>();

    @Option(names = "--allow-http", paramLabel = "[SCHEME://]HOST[:PORT]",
            description = "let the guest send outgoing HTTP requests to matching hosts: api.example.com:443, "
                    + "*.example.com, 127.0.0.1:*; repeatable (default: none)")
    List<String> allowHttp = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "FILE", description = "the wasi:http/proxy component (.wasm)")
    Path file;

    @Override
    public Integer call() throws IOException, WeftException, InterruptedException {
        quietLibraryLogs();
        ServerConfig config = ServerConfig.defaults()
                .withAddress(ServeFlags.address("--addr", addr))
                .withDeadline(ServeFlags.duration("--deadline", deadline))
                .withMaxRequestBodyBytes(maxBodySize == null ? Long.MAX_VALUE
                        : ServeFlags.size("--max-body-size", maxBodySize))
                .withMaxConcurrentRequests(positive("--max-concurrency", maxConcurrency))
                .withMaxRunningGuests(ServeFlags.maxRunning(maxRunning, maxConcurrency))
                .withGuestStackBytes(GuestStack.STACK_BYTES);
        WasiContext context = context();
        Engine engine = engine();
        Component component = InputFiles.component(file);
        ProxyHandler proxy = ServeProxy.prepare(engine, component, context, allowHttp);
        WeftServer server = WeftServer.start(proxy, config);
        Thread stopper = new Thread(server::close, "weft-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        System.err.println("Serving HTTP on " + server.uri());
        server.join();
        return 0;
    }

    /** Jetty's start/stop lines are noise next to the access log; -D flags still override this. */
    private static void quietLibraryLogs() {
        String key = "org.slf4j.simpleLogger.log.org.eclipse.jetty";
        if (System.getProperty(key) == null) {
            System.setProperty(key, "warn");
        }
    }

    private static int positive(String flag, int n) {
        if (n < 1) {
            throw new UserError(flag + " " + n + ": must be at least 1");
        }
        return n;
    }

    /** The engine; with --max-memory every request's instance gets that memory cap. */
    private Engine engine() {
        if (maxMemory == null) {
            return Engine.create();
        }
        long bytes = ServeFlags.size("--max-memory", maxMemory);
        return Engine.builder().withDefaultLimits(Limits.builder().maxMemoryBytes(bytes).build()).build();
    }

    private WasiContext context() {
        // guests print to the server's stdout/stderr; stdin is not theirs (requests run concurrently)
        var ctx = WasiContext.builder().stdout(System.out).stderr(System.err);
        ctx.args(List.of(file.toString()));
        guest.applyTo(ctx);
        WasiOptions.apply(wasiOptions, ctx);
        return ctx.build();
    }

}
