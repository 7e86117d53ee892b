package dev.weft.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An application's metrics (Micrometer, Prometheus registry), tagged by {@code app} and {@code component}:
 * <ul>
 * <li>{@code weft_requests_total{status}} and the {@code weft_request_duration_seconds} histogram;</li>
 * <li>{@code weft_instantiations_total} and {@code weft_instantiation_duration_seconds} (when timed);</li>
 * <li>{@code weft_component_load_duration_seconds} (startup);</li>
 * <li>{@code weft_traps_total} and {@code weft_limit_hits_total{limit}};</li>
 * <li>{@code weft_ready} (1 when {@link HealthState#READY}).</li>
 * </ul>
 * Thread-safe. {@link #scrape()} gives the Prometheus text exposition for {@code /metrics}.
 */
public final class WeftMetrics {
    private final PrometheusMeterRegistry registry;
    private final String app;
    private final AtomicReference<HealthState> health = new AtomicReference<>(HealthState.STARTING);

    public WeftMetrics(String app) {
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.app = app;
        Gauge.builder("weft.ready", health, h -> h.get().ready() ? 1 : 0).tag("app", app)
                .description("1 when the application serves requests").register(registry);
    }

    /** The registry, to bind more meters (JVM, server). */
    public MeterRegistry registry() {
        return registry;
    }

    /** One request served by {@code component}, with its HTTP status (0 when the guest failed) and latency. */
    public void request(String component, int status, Duration latency) {
        Counter.builder("weft.requests").tags("app", app, "component", component, "status", Integer.toString(status))
                .description("HTTP requests handled").register(registry).increment();
        Timer.builder("weft.request.duration").tags("app", app, "component", component)
                .description("request latency").publishPercentileHistogram()
                .register(registry).record(latency);
    }

    /** One fresh instance of {@code component} made (per request or pre-warmed), and how long it took. */
    public void instantiation(String component, Duration took) {
        Counter.builder("weft.instantiations").tags("app", app, "component", component)
                .description("component instances created").register(registry).increment();
        Timer.builder("weft.instantiation.duration").tags("app", app, "component", component)
                .description("instantiation time").register(registry).record(took);
    }

    /** One fresh instance of {@code component} made, time unknown (e.g. inside a per-request proxy). */
    public void instantiation(String component) {
        Counter.builder("weft.instantiations").tags("app", app, "component", component)
                .description("component instances created").register(registry).increment();
    }

    /** {@code component} was read, validated, linked and compiled at startup in {@code took}. */
    public void componentLoaded(String component, Duration took) {
        Timer.builder("weft.component.load.duration").tags("app", app, "component", component)
                .description("load, link-check and compile time at startup").register(registry).record(took);
    }

    /** {@code component} trapped. */
    public void trap(String component) {
        Counter.builder("weft.traps").tags("app", app, "component", component)
                .description("guest traps").register(registry).increment();
    }

    /** {@code component} hit a limit. */
    public void limitHit(String component, LimitKind limit) {
        Counter.builder("weft.limit.hits").tags("app", app, "component", component, "limit", limit.tag())
                .description("resource limits hit").register(registry).increment();
    }

    public HealthState health() {
        return health.get();
    }

    public void health(HealthState state) {
        health.set(state);
    }

    /** The Prometheus text exposition format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    /** Requests counted so far for {@code component} (all statuses). */
    public long requestCount(String component) {
        return (long) registry.find("weft.requests").tags("app", app, "component", component).counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
