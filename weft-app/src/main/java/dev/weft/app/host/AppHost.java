package dev.weft.app.host;

import dev.weft.app.PatternException;
import dev.weft.app.config.VariableResolver;
import dev.weft.app.keyvalue.KeyValueStores;
import dev.weft.app.manifest.AppManifest;
import dev.weft.app.manifest.ComponentSpec;
import dev.weft.app.manifest.HttpTriggerSpec;
import dev.weft.app.manifest.ManifestException;
import dev.weft.app.metrics.HealthState;
import dev.weft.app.metrics.LimitKind;
import dev.weft.app.metrics.WeftMetrics;
import dev.weft.app.route.RouteMatch;
import dev.weft.app.route.Router;
import dev.weft.app.route.RoutingHeaders;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Limits;
import dev.weft.wasi.http.HandleOutcome;
import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.HttpResponseSink;
import dev.weft.wasi.http.IncomingHttpRequest;
import dev.weft.wasi.http.ProxyHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A whole application behind one {@link ProxyHandler}: routes each request to the most specific
 * {@code [[trigger.http]]}, adds the routing headers, runs a fresh instance of that component, and counts it in
 * {@link WeftMetrics}. Every component is loaded and link-checked before the first request ({@link #load}); one
 * that imports what the host lacks refuses the whole app. Also answers {@code /.well-known/weft/health},
 * {@code /.well-known/weft/ready} and {@code /.well-known/weft/metrics} (Prometheus text).
 */
public final class AppHost implements ProxyHandler, AutoCloseable {
    /** Reserved path prefix (as Spin's {@code /.well-known/spin/}); routes may not use it. */
    public static final String WELL_KNOWN = "/.well-known/weft/";

    private final AppManifest manifest;
    private final Router router;
    private final Map<String, LiveComponent> components;
    private final KeyValueStores stores;
    private final WeftMetrics metrics;
    private final VariableResolver vars;

    private AppHost(AppManifest manifest, Router router, Map<String, LiveComponent> components, KeyValueStores stores,
            WeftMetrics metrics, VariableResolver vars) {
        this.manifest = manifest;
        this.router = router;
        this.components = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(components));
        this.stores = stores;
        this.metrics = metrics;
        this.vars = vars;
    }

    /**
     * Loads every component of {@code manifest} (variables from {@code env} and {@code varsFile}), each on an engine
     * from {@code engines} that applies its {@code [component.<id>.limits]} (memory, deadline) to every instance.
     */
    public static AppHost load(EngineFactory engines, AppManifest manifest, Map<String, String> env,
            Optional<Path> varsFile) throws ManifestException {
        VariableResolver vars = VariableResolver.resolve(manifest, env, varsFile);
        Router router;
        try {
            router = Router.of(manifest);
        } catch (PatternException e) {
            throw new ManifestException(manifest.file(), 0, "trigger.http", e.getMessage());
        }
        for (HttpTriggerSpec t : manifest.httpTriggers()) {
            if (t.route().isPresent() && (t.route().get() + "/").startsWith(WELL_KNOWN)) {
                throw new ManifestException(manifest.file(), t.line(), "trigger.http", "route " + t.route().get()
                        + " is reserved for the host");
            }
        }
        WeftMetrics metrics = new WeftMetrics(manifest.application().name());
        KeyValueStores stores = KeyValueStores.of(manifest);
        Map<String, LiveComponent> loaded = new LinkedHashMap<>();
        try {
            for (ComponentSpec spec : manifest.components().values()) {
                long start = System.nanoTime();
                Engine engine = engines.engine(limitsOf(spec));
                loaded.put(spec.id(), new LiveComponent(engine,
                        AppComponent.load(engine, manifest, spec, vars, stores)));
                metrics.componentLoaded(spec.id(), Duration.ofNanos(System.nanoTime() - start));
            }
        } catch (ManifestException | RuntimeException e) {
            stores.close();
            throw e;
        }
        metrics.health(HealthState.READY);
        return new AppHost(manifest, router, loaded, stores, metrics, vars);
    }

    /** The runtime limits of one component's instances. */
    static Limits limitsOf(ComponentSpec spec) {
        Limits.Builder b = Limits.builder();
        spec.limits().memoryBytes().ifPresent(b::maxMemoryBytes);
        spec.limits().deadline().ifPresent(b::timeout);
        return b.build();
    }

    /** Makes the engine a component runs on, given its limits. */
    @FunctionalInterface
    public interface EngineFactory {
        Engine engine(Limits limits);

        /** Engines with the default disk compile cache. */
        static EngineFactory defaultCache() {
            return limits -> Engine.builder().withDefaultLimits(limits).build();
        }
    }

    public AppManifest manifest() {
        return manifest;
    }

    public Router router() {
        return router;
    }

    public WeftMetrics metrics() {
        return metrics;
    }

    /** The loaded components' ids, in manifest order. */
    public Set<String> componentIds() {
        return components.keySet();
    }

    /** The version of component {@code id} that new requests get. */
    public AppComponent component(String id) {
        LiveComponent live = components.get(id);
        if (live == null) {
            throw new IllegalArgumentException("no component " + id + " in " + manifest.file());
        }
        return live.current();
    }

    /**
     * Reloads component {@code id} from its {@code source} (read, decode, link-check, compile) and swaps it in
     * atomically: requests already running finish on the old version, later ones get the new one. If loading fails
     * the old version stays in service and the {@link ManifestException} says why.
     */
    public AppComponent reload(String id) throws ManifestException {
        LiveComponent live = components.get(id);
        if (live == null) {
            throw new IllegalArgumentException("no component " + id + " in " + manifest.file());
        }
        long start = System.nanoTime();
        AppComponent fresh = AppComponent.load(live.engine(), manifest, live.current().spec(), vars, stores);
        live.swap(fresh);
        metrics.componentLoaded(id, Duration.ofNanos(System.nanoTime() - start));
        return fresh;
    }

    @Override
    public HandleOutcome handle(IncomingHttpRequest request, HttpResponseSink response) {
        String path = request.pathWithQuery();
        if (path.startsWith(WELL_KNOWN)) {
            return wellKnown(path.substring(WELL_KNOWN.length()), response);
        }
        Optional<RouteMatch> match = router.route(path);
        if (match.isEmpty()) {
            return plain(response, 404, "no route for " + path + "\n");
        }
        String id = match.get().component();
        // IncomingHttpRequest carries no client address yet: weft-client-addr / spin-client-addr say 0.0.0.0:0
        IncomingHttpRequest routed = RoutingHeaders.apply(request, match.get(),
                new java.net.InetSocketAddress("0.0.0.0", 0));
        long start = System.nanoTime();
        metrics.instantiation(id); // the proxy makes a fresh instance per request
        HandleOutcome outcome = components.get(id).current().proxy().handle(routed, response);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        switch (outcome) {
            case HandleOutcome.Completed done -> metrics.request(id, done.status(), took);
            case HandleOutcome.GuestFailed failed -> {
                metrics.request(id, 0, took);
                if (failed.reason().contains("trapped")) {
                    metrics.trap(id);
                }
                limitIn(failed.reason()).ifPresent(limit -> metrics.limitHit(id, limit));
            }
        }
        return outcome;
    }

    /** Which limit a failure reason names (the runtime's trap messages), if any. */
    static Optional<LimitKind> limitIn(String reason) {
        String r = reason.toLowerCase(java.util.Locale.ROOT);
        if (r.contains("deadline exceeded")) {
            return Optional.of(LimitKind.DEADLINE);
        }
        if (r.contains("memory limit")) {
            return Optional.of(LimitKind.MEMORY);
        }
        if (r.contains("fuel exhausted")) {
            return Optional.of(LimitKind.FUEL);
        }
        return Optional.empty();
    }

    private HandleOutcome wellKnown(String what, HttpResponseSink response) {
        return switch (what) {
            case "health" -> plain(response, metrics.health().live() ? 200 : 503, metrics.health() + "\n");
            case "ready" -> plain(response, metrics.health().ready() ? 200 : 503, metrics.health() + "\n");
            case "metrics" -> plain(response, 200, metrics.scrape());
            default -> plain(response, 404, "unknown host endpoint " + WELL_KNOWN + what + "\n");
        };
    }

    private static HandleOutcome plain(HttpResponseSink response, int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            OutputStream out = response.begin(status, List.of(HttpField.of("content-type", "text/plain; charset=utf-8"),
                    HttpField.of("content-length", Integer.toString(bytes.length))));
            out.write(bytes);
            response.end(List.of());
            return new HandleOutcome.Completed(status);
        } catch (IOException e) {
            response.abort("client went away: " + e.getMessage());
            return new HandleOutcome.GuestFailed("response not sent: " + e.getMessage(), true);
        }
    }

    /** Marks the app draining (not ready), then releases the key-value stores. */
    @Override
    public void close() {
        metrics.health(HealthState.DRAINING);
        stores.close();
        metrics.health(HealthState.STOPPED);
    }
}
