package dev.weft.runtime.link;

import dev.weft.runtime.engine.CoreStore;

/**
 * What an instantiation may create: core instances count against {@code core}'s memory and table limits, at most
 * {@code maxInstances} core and component instances, at most {@code maxHandles} live handles in each component
 * instance's table.
 */
public record StoreLimits(CoreStore core, int maxInstances, int maxHandles) {
    public static StoreLimits unlimited() {
        return new StoreLimits(CoreStore.unlimited(), Integer.MAX_VALUE, Integer.MAX_VALUE);
    }
}
