package dev.weft.server;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link WeftServer} listens and what it allows one request.
 *
 * @param address where to listen; port 0 picks a free port (see {@link WeftServer#address()})
 * @param deadline wall-clock limit for one request, from the moment its guest starts: the guest thread is
 *        interrupted and the client gets a 503 (nothing sent yet) or an aborted response
 * @param maxRequestBodyBytes request bodies larger than this get a 413 ({@code Long.MAX_VALUE}: no limit)
 * @param maxConcurrentRequests guests running at once (each on its own platform thread)
 * @param maxQueuedRequests requests waiting for a guest thread; past this the server answers 503
 * @param shutdownTimeout how long {@link WeftServer#close()} waits for requests in flight
 * @param http2 also speak HTTP/2 over cleartext (h2c upgrade and prior knowledge) beside HTTP/1.1
 * @param guestStackBytes stack size of each guest thread (0: the JVM's default); SpiderMonkey-based guests
 *        (componentize-js) recurse deeply and need hundreds of MiB
 * @param maxRunningGuests guests computing at once (0: one per available processor, at most
 *        {@code maxConcurrentRequests}); a guest waiting in a host call (a body, a client, an outgoing request, a
 *        sleep) does not count, nor one that computed for longer than a slice without waiting; at most
 *        {@code maxConcurrentRequests} (see {@code RunSlots})
 */
public record ServerConfig(InetSocketAddress address, Duration deadline, long maxRequestBodyBytes,
        int maxConcurrentRequests, int maxQueuedRequests, Duration shutdownTimeout, boolean http2,
        long guestStackBytes, int maxRunningGuests) {
    public ServerConfig {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive, got " + deadline);
        }
        if (maxRequestBodyBytes < 0) {
            throw new IllegalArgumentException("maxRequestBodyBytes must be >= 0, got " + maxRequestBodyBytes);
        }
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be >= 1, got " + maxConcurrentRequests);
        }
        if (maxQueuedRequests < 0) {
            throw new IllegalArgumentException("maxQueuedRequests must be >= 0, got " + maxQueuedRequests);
        }
        if (guestStackBytes < 0) {
            throw new IllegalArgumentException("guestStackBytes must be >= 0, got " + guestStackBytes);
        }
        if (maxRunningGuests < 0 || maxRunningGuests > maxConcurrentRequests) {
            throw new IllegalArgumentException("maxRunningGuests must be between 0 (one per processor) and "
                    + "maxConcurrentRequests (" + maxConcurrentRequests + "), got " + maxRunningGuests);
        }
    }

    /** The configuration before {@code maxRunningGuests} existed: that one is 0 (one per processor). */
    public ServerConfig(InetSocketAddress address, Duration deadline, long maxRequestBodyBytes,
            int maxConcurrentRequests, int maxQueuedRequests, Duration shutdownTimeout, boolean http2,
            long guestStackBytes) {
        this(address, deadline, maxRequestBodyBytes, maxConcurrentRequests, maxQueuedRequests, shutdownTimeout,
                http2, guestStackBytes, 0);
    }

    /**
     * The bound on guests computing at once: {@link #maxRunningGuests()}, or for 0 the available processors (at
     * most {@link #maxConcurrentRequests()}).
     */
    public int runningGuestsBound() {
        return maxRunningGuests > 0 ? maxRunningGuests
                : Math.min(Runtime.getRuntime().availableProcessors(), maxConcurrentRequests);
    }

    /**
     * 127.0.0.1:8080, 30 s deadline, no body limit, 64 guests at once, 1024 queued, 10 s shutdown, h2c on, the
     * JVM's default guest stack, one computing guest per processor.
     */
    public static ServerConfig defaults() {
        return new ServerConfig(new InetSocketAddress("127.0.0.1", 8080), Duration.ofSeconds(30), Long.MAX_VALUE,
                64, 1024, Duration.ofSeconds(10), true, 0);
    }

    public ServerConfig withAddress(InetSocketAddress value) {
        return new ServerConfig(value, deadline, maxRequestBodyBytes, maxConcurrentRequests, maxQueuedRequests,
                shutdownTimeout, http2, guestStackBytes, maxRunningGuests);
    }

    public ServerConfig withDeadline(Duration value) {
        return new ServerConfig(address, value, maxRequestBodyBytes, maxConcurrentRequests, maxQueuedRequests,
                shutdownTimeout, http2, guestStackBytes, maxRunningGuests);
    }

    public ServerConfig withMaxRequestBodyBytes(long value) {
        return new ServerConfig(address, deadline, value, maxConcurrentRequests, maxQueuedRequests,
                shutdownTimeout, http2, guestStackBytes, maxRunningGuests);
    }

    public ServerConfig withMaxConcurrentRequests(int value) {
        return new ServerConfig(address, deadline, maxRequestBodyBytes, value, maxQueuedRequests,
                shutdownTimeout, http2, guestStackBytes, maxRunningGuests);
    }

    public ServerConfig withMaxQueuedRequests(int value) {
        return new ServerConfig(address, deadline, maxRequestBodyBytes, maxConcurrentRequests, value,
                shutdownTimeout, http2, guestStackBytes, maxRunningGuests);
    }

    public ServerConfig withShutdownTimeout(Duration value) {
        return new ServerConfig(address, deadline, maxRequestBodyBytes, maxConcurrentRequests, maxQueuedRequests,
                value, http2, guestStackBytes, maxRunningGuests);
    }

    public ServerConfig withHttp2(boolean value) {
        return new ServerConfig(address, deadline, maxRequestBodyBytes, maxConcurrentRequests, maxQueuedRequests,
                shutdownTimeout, value, guestStackBytes, maxRunningGuests);
    }

    public ServerConfig withGuestStackBytes(long value) {
        return new ServerConfig(address, deadline, maxRequestBodyBytes, maxConcurrentRequests, maxQueuedRequests,
                shutdownTimeout, http2, value, maxRunningGuests);
    }

    /**
     * With {@link #maxRunningGuests()} {@code value} (0: one per processor); at most
     * {@link #maxConcurrentRequests()}, so set that first.
     */
    public ServerConfig withMaxRunningGuests(int value) {
        return new ServerConfig(address, deadline, maxRequestBodyBytes, maxConcurrentRequests, maxQueuedRequests,
                shutdownTimeout, http2, guestStackBytes, value);
    }
}
