package dev.weft.cli;

import dev.weft.app.host.AppHost;
import dev.weft.app.host.ComponentWatcher;
import dev.weft.app.manifest.AppManifest;
import dev.weft.app.manifest.ComponentSpec;
import dev.weft.app.manifest.ManifestException;
import dev.weft.app.manifest.ManifestReader;
import dev.weft.server.ServerConfig;
import dev.weft.server.WeftServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Serve a whole application described by weft.toml (Spin's spin.toml shape): every component "
                + "is loaded and link-checked first, and the app is refused if one imports what the host lacks.",
                "Each request goes to the most specific [[trigger.http]] route, with a fresh instance of its "
                        + "component. /.well-known/weft/health, /ready and /metrics (Prometheus) are served too.",
                "Ctrl-C stops it gracefully."})
final class UpCommand implements Callable<Integer> {
    @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = "weft.toml",
            description = "the application manifest (default: ${DEFAULT-VALUE})")
    Path file;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:3000",
            description = "where to listen (default: ${DEFAULT-VALUE}; port 0 picks a free one)")
    String listen;

    @Option(names = "--vars-file", paramLabel = "FILE",
            description = "TOML file of variable values (name = \"value\"); WEFT_VAR_<NAME> variables win over it")
    Path varsFile;

    @Option(names = "--max-concurrency", paramLabel = "N", defaultValue = "64",
            description = "requests served at once (default: ${DEFAULT-VALUE})")
    int maxConcurrency;

    @Option(names = "--max-running", paramLabel = "N",
            description = "guests computing at once (default: one per processor); one waiting in a host call does "
                    + "not count; at most --max-concurrency")
    Integer maxRunning;

    @Option(names = "--watch",
            description = "reload a component when its .wasm changes; requests in flight finish on the old version, "
                    + "and a file that fails to load keeps the old version serving")
    boolean watch;

    @Override
    public Integer call() throws IOException, InterruptedException {
        AppHost host;
        AppManifest manifest;
        try {
            manifest = ManifestReader.read(file);
            host = AppHost.load(AppHost.EngineFactory.defaultCache(), manifest, System.getenv(), Optional.ofNullable(varsFile));
        } catch (ManifestException e) {
            throw new UserError(e.getMessage());
        }
        if (maxConcurrency < 1) {
            throw new UserError("--max-concurrency " + maxConcurrency + ": must be at least 1");
        }
        ServerConfig config = ServerConfig.defaults()
                .withAddress(ServeFlags.address("--listen", listen))
                .withDeadline(deadline(manifest))
                .withMaxConcurrentRequests(maxConcurrency)
                .withMaxRunningGuests(ServeFlags.maxRunning(maxRunning, maxConcurrency))
                .withGuestStackBytes(GuestStack.STACK_BYTES);
        WeftServer server;
        try {
            server = WeftServer.start(host, config);
        } catch (IOException e) {
            host.close();
            throw e;
        }
        ComponentWatcher watcher = null;
        if (watch) {
            watcher = ComponentWatcher.start(host, line -> System.err.println("[watch] " + line),
                    ComponentWatcher.DEFAULT_DEBOUNCE);
        }
        ComponentWatcher stopWatching = watcher;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopWatching != null) {
                stopWatching.close();
            }
            server.close();
            host.close();
        }, "weft-up-shutdown"));
        System.err.println("Serving " + manifest.application().name() + " (" + String.join(", ", host.componentIds())
                + ") on " + server.uri());
        host.router().routes().forEach(r -> System.err.println("  " + r.based().raw() + " -> " + r.component()));
        if (watcher != null) {
            System.err.println("  watching " + String.join(", ", watcher.componentIds()) + " for changes");
        }
        server.join();
        return 0;
    }

    /** The server's per-request deadline: the longest component deadline, 30 s for components without one. */
    private static Duration deadline(AppManifest manifest) {
        Duration longest = Duration.ZERO;
        for (ComponentSpec c : manifest.components().values()) {
            Duration d = c.limits().deadline().orElse(Duration.ofSeconds(30));
            if (d.compareTo(longest) > 0) {
                longest = d;
            }
        }
        return longest;
    }
}
