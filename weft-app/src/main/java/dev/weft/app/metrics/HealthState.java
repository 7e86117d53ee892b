package dev.weft.app.metrics;

/**
 * Where a running application is in its life: {@code /healthz} (liveness) is OK unless {@link #STOPPED};
 * {@code /readyz} (readiness) is OK only when {@link #READY}.
 */
public enum HealthState {
    /** Loading and pre-instantiating components; not serving yet. */
    STARTING,
    /** Serving requests. */
    READY,
    /** Finishing in-flight requests before stopping; new ones should go elsewhere. */
    DRAINING,
    /** Stopped. */
    STOPPED;

    public boolean live() {
        return this != STOPPED;
    }

    public boolean ready() {
        return this == READY;
    }
}
