package dev.weft.runtime.async;

import dev.weft.runtime.resource.InstanceState;

/**
 * The async scheduling state of one component instance (the spec's {@code ComponentInstance.exclusive_thread}
 * and {@code num_waiting_to_enter}); its backpressure counter is {@link InstanceState#backpressure()}.
 */
public final class InstanceConcurrency {
    Fiber exclusive;
    int waitingToEnter;

    /** The state of {@code instance}, made on first use. */
    public static InstanceConcurrency of(InstanceState instance) {
        return instance.concurrency(InstanceConcurrency::new);
    }

    /** The fiber that holds the instance exclusively (a callback-lifted or sync task running), or null. */
    public Fiber exclusive() {
        return exclusive;
    }
}
