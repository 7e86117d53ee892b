package dev.weft.runtime;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What one component instance (with every core and nested instance it creates) may use, given to
 * {@link InstancePre#instantiate(Limits)} or as an {@link Engine}'s default. Each limit, when hit, stops the guest
 * with a {@link dev.weft.error.Trap} whose {@link dev.weft.error.TrapKind} names it; the instance is then dead,
 * but the calling thread, the {@code InstancePre} and other instances carry on. Immutable.
 *
 * <pre>{@code
 * Limits limits = Limits.builder()
 *         .maxMemoryBytes(64 << 20)          // memory.grow past it returns -1; too much at start: MEMORY_LIMIT
 *         .timeout(Duration.ofSeconds(2))    // per call from the host: DEADLINE
 *         .fuel(10_000_000)                  // needs Engine.builder().withFuel(): FUEL_EXHAUSTED
 *         .build();
 * }</pre>
 */
public final class Limits {
    private static final Limits NONE = builder().build();

    private final long maxMemoryBytes;
    private final int maxTableElements;
    private final int maxInstances;
    private final int maxHandles;
    private final Optional<Duration> timeout;
    private final OptionalLong fuel;
    private final OptionalInt maxCallDepth;

    private Limits(Builder b) {
        this.maxMemoryBytes = b.maxMemoryBytes;
        this.maxTableElements = b.maxTableElements;
        this.maxInstances = b.maxInstances;
        this.maxHandles = b.maxHandles;
        this.timeout = b.timeout;
        this.fuel = b.fuel;
        this.maxCallDepth = b.maxCallDepth;
    }

    /** No limits (beyond the JVM's own). */
    public static Limits none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these limits. */
    public Builder toBuilder() {
        var b = new Builder();
        b.maxMemoryBytes = maxMemoryBytes;
        b.maxTableElements = maxTableElements;
        b.maxInstances = maxInstances;
        b.maxHandles = maxHandles;
        b.timeout = timeout;
        b.fuel = fuel;
        b.maxCallDepth = maxCallDepth;
        return b;
    }

    /** Total bytes of all linear memories together ({@link Long#MAX_VALUE}: no limit). */
    public long maxMemoryBytes() {
        return maxMemoryBytes;
    }

    /** Elements of any one table ({@link Integer#MAX_VALUE}: no limit). */
    public int maxTableElements() {
        return maxTableElements;
    }

    /** Core and component instances created by one instantiation, the top-level one included. */
    public int maxInstances() {
        return maxInstances;
    }

    /** Live resource handles in any one component instance's handle table. */
    public int maxHandles() {
        return maxHandles;
    }

    /** Wall-clock time each call from the host may take, if limited. */
    public Optional<Duration> timeout() {
        return timeout;
    }

    /** Fuel the instance starts with, if metered (the engine must be built {@link Engine.Builder#withFuel()}). */
    public OptionalLong fuel() {
        return fuel;
    }

    /** Nesting depth of guest calls, if limited (needs an engine built {@link Engine.Builder#withCallDepthMeter()}). */
    public OptionalInt maxCallDepth() {
        return maxCallDepth;
    }

    @Override
    public String toString() {
        return "Limits[memory=" + maxMemoryBytes + " bytes, tableElements=" + maxTableElements + ", instances="
                + maxInstances + ", handles=" + maxHandles + ", timeout=" + timeout.map(Duration::toString)
                .orElse("none") + ", fuel=" + (fuel.isPresent() ? fuel.getAsLong() : "none") + ", callDepth="
                + (maxCallDepth.isPresent() ? maxCallDepth.getAsInt() : "none") + "]";
    }

    /** Builds {@link Limits}; every limit starts unlimited. */
    public static final class Builder {
        private long maxMemoryBytes = Long.MAX_VALUE;
        private int maxTableElements = Integer.MAX_VALUE;
        private int maxInstances = Integer.MAX_VALUE;
        private int maxHandles = Integer.MAX_VALUE;
        private Optional<Duration> timeout = Optional.empty();
        private OptionalLong fuel = OptionalLong.empty();
        private OptionalInt maxCallDepth = OptionalInt.empty();

        private Builder() {
        }

        /**
         * Caps the bytes of all linear memories together: {@code memory.grow} past it returns -1 (as when a
         * memory's own maximum is reached), and an instantiation whose memories start bigger fails with a
         * {@code MEMORY_LIMIT} trap.
         */
        public Builder maxMemoryBytes(long bytes) {
            this.maxMemoryBytes = nonNegative(bytes, "maxMemoryBytes");
            return this;
        }

        /** Caps the elements of each table: {@code table.grow} past it returns -1, a bigger start is TABLE_LIMIT. */
        public Builder maxTableElements(int elements) {
            this.maxTableElements = (int) nonNegative(elements, "maxTableElements");
            return this;
        }

        /** Caps the core and component instances one instantiation creates (INSTANCE_LIMIT). */
        public Builder maxInstances(int instances) {
            this.maxInstances = (int) nonNegative(instances, "maxInstances");
            return this;
        }

        /** Caps the live resource handles in each component instance's handle table (HANDLE_LIMIT). */
        public Builder maxHandles(int handles) {
            this.maxHandles = (int) nonNegative(handles, "maxHandles");
            return this;
        }

        /** Each call from the host traps with DEADLINE once it has run this long. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            this.timeout = Optional.of(timeout);
            return this;
        }

        /**
         * The fuel the instance starts with; guest code burns about one unit per instruction and traps with
         * FUEL_EXHAUSTED when none is left. Read and refill it with {@link ComponentInstance#fuel()} and
         * {@link ComponentInstance#setFuel(long)}. Needs an engine built with {@link Engine.Builder#withFuel()}.
         */
        public Builder fuel(long fuel) {
            this.fuel = OptionalLong.of(nonNegative(fuel, "fuel"));
            return this;
        }

        /**
         * Caps the nesting depth of guest function calls (STACK_OVERFLOW). Needs an engine built with
         * {@link Engine.Builder#withCallDepthMeter()}. Without it, running out of JVM stack is STACK_OVERFLOW too.
         */
        public Builder maxCallDepth(int depth) {
            if (depth < 1) {
                throw new IllegalArgumentException("maxCallDepth must be at least 1, got " + depth);
            }
            this.maxCallDepth = OptionalInt.of(depth);
            return this;
        }

        public Limits build() {
            return new Limits(this);
        }

        private static long nonNegative(long value, String what) {
            if (value < 0) {
                throw new IllegalArgumentException(what + " must not be negative, got " + value);
            }
            return value;
        }
    }
}
