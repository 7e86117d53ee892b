package dev.weft.server;

import dev.weft.wasi.http.ProxyHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An HTTP server (HTTP/1.1 keep-alive, and h2c when {@link ServerConfig#http2()}) on Jetty 12 that serves every
 * request with a {@link ProxyHandler}. Bodies stream both ways; each request runs on its own platform thread (a
 * guest pool's, or with {@code -Dweft.server.dispatch=inline} Jetty's own) under {@link ServerConfig#deadline()} and
 * {@link ServerConfig#maxRequestBodyBytes()}, and gets one access-log line.
 * {@link #close()} shuts down gracefully: it stops accepting, lets requests in flight finish within
 * {@link ServerConfig#shutdownTimeout()}, then interrupts what is left.
 */
public final class WeftServer implements AutoCloseable {
    private final Server jetty;
    private final ServerConnector connector;
    /** The guest pool ({@link Dispatch#POOL}), or null. */
    private final ThreadPoolExecutor guests;
    /** The guest slots ({@link Dispatch#INLINE}), or null. */
    private final GuestSlots slots;
    private final Services services;

    private WeftServer(Server jetty, ServerConnector connector, ThreadPoolExecutor guests, GuestSlots slots,
            Services services) {
        this.jetty = jetty;
        this.connector = connector;
        this.guests = guests;
        this.slots = slots;
        this.services = services;
    }

    /** Binds {@link ServerConfig#address()} and starts serving; throws if the address cannot be bound. */
    public static WeftServer start(ProxyHandler handler, ServerConfig config) throws IOException {
        return start(handler, config, Dispatch.configured());
    }

    /** As {@link #start(ProxyHandler, ServerConfig)}, with the guests run as {@code dispatch} says. */
    static WeftServer start(ProxyHandler handler, ServerConfig config, Dispatch dispatch) throws IOException {
        return start(handler, config, dispatch, RunSlots.configuredSlice());
    }

    /** As {@link #start(ProxyHandler, ServerConfig, Dispatch)}, with {@code runSlice} as {@link RunSlots}' slice. */
    static WeftServer start(ProxyHandler handler, ServerConfig config, Dispatch dispatch, Duration runSlice)
            throws IOException {
        GuestSlots slots = dispatch == Dispatch.INLINE
                ? new GuestSlots(config.maxConcurrentRequests(), config.maxQueuedRequests()) : null;
        QueuedThreadPool io = slots == null
                ? new QueuedThreadPool(IoThreads.MAX, IoThreads.MIN)
                // a thread for every admitted request (running or waiting for a slot) beside Jetty's own; they
                // run guests, so they get the guest stack
                : new QueuedThreadPool(IoThreads.MAX + slots.admitLimit(), IoThreads.MIN, 60_000, -1, null, null,
                        guestThreads("weft-http-", config.guestStackBytes()));
        io.setName("weft-http");
        io.setDaemon(true);
        io.setReservedThreads(IoThreads.RESERVED);
        if (slots != null) {
            // past the graceful period, stopping the pool interrupts what still runs (inline guests unwind on it)
            io.setStopTimeout(Math.max(200, config.shutdownTimeout().toMillis()));
        }
        Server jetty = new Server(io);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        List<ConnectionFactory> factories = new ArrayList<>();
        factories.add(new HttpConnectionFactory(http));
        if (config.http2()) {
            factories.add(new HTTP2CServerConnectionFactory(http));
        }
        ServerConnector connector = new ServerConnector(jetty, IoThreads.ACCEPTORS, IoThreads.SELECTORS, factories.toArray(ConnectionFactory[]::new));
        connector.setHost(config.address().getHostString());
        connector.setPort(config.address().getPort());
        jetty.addConnector(connector);

        Services services = new Services(handler, config, new RunSlots(config.runningGuestsBound(), runSlice),
                new Deadlines(), new FlushBehind(), new AccessLog());
        ThreadPoolExecutor guests = null;
        if (slots == null) {
            guests = new ThreadPoolExecutor(config.maxConcurrentRequests(), config.maxConcurrentRequests(), 30,
                    TimeUnit.SECONDS, new LinkedBlockingQueue<>(Math.max(1, config.maxQueuedRequests())),
                    guestThreads("weft-guest-", config.guestStackBytes()));
            guests.allowCoreThreadTimeOut(true);
            // requests in flight before a 503: a guest thread each, and the queue
            services.runSlots().runOn(guests, config.maxConcurrentRequests() + config.maxQueuedRequests());
            jetty.setHandler(new GracefulHandler(new ProxyDispatcher(services)));
        } else {
            jetty.setHandler(new GracefulHandler(new InlineDispatcher(services, slots)));
        }
        jetty.setStopTimeout(config.shutdownTimeout().toMillis());
        jetty.setStopAtShutdown(false);
        try {
            jetty.start();
        } catch (Exception e) {
            if (guests != null) {
                guests.shutdownNow();
            }
            stopQuietly(jetty);
            closeHelpers(services);
            throw new IOException("cannot serve on " + config.address().getHostString() + ":"
                    + config.address().getPort() + ": " + e.getMessage(), e);
        }
        return new WeftServer(jetty, connector, guests, slots, services);
    }

    /** The bound address (with the real port when {@link ServerConfig#address()} asked for port 0). */
    public InetSocketAddress address() {
        return new InetSocketAddress(services.config().address().getHostString(), connector.getLocalPort());
    }

    /** {@code http://host:port/}. */
    public URI uri() {
        InetSocketAddress a = address();
        String host = a.getHostString().contains(":") ? "[" + a.getHostString() + "]" : a.getHostString();
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    /** Requests whose guest is running right now. */
    public int activeRequests() {
        return guests != null ? guests.getActiveCount() : slots.running();
    }

    /** Guests computing right now under the {@link ServerConfig#runningGuestsBound()} (see {@code RunSlots}). */
    public int runningGuests() {
        return services.runSlots().held();
    }

    /** The server's run slots, for tests. */
    RunSlots runSlots() {
        return services.runSlots();
    }

    /** Blocks until the server has stopped (from {@link #close()} on another thread). */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /**
     * Graceful shutdown: new connections are refused and new requests get 503, requests in flight may finish
     * within {@link ServerConfig#shutdownTimeout()}; guests still running after that are interrupted.
     */
    @Override
    public void close() {
        stopQuietly(jetty); // inline guests still running after the graceful period are interrupted by the pool's stop
        if (guests != null) {
            guests.shutdownNow();
            try {
                guests.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeHelpers(services);
    }

    /** The helper threads, after the guests: held-back bytes are sent, and every access-log line is written. */
    private static void closeHelpers(Services services) {
        services.runSlots().close();
        services.deadlines().close();
        services.flushBehind().close();
        services.accessLog().close();
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            // stop timed out with requests still in flight: they are cut off below
        }
    }

    private static ThreadFactory guestThreads(String prefix, long stackBytes) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, prefix + n.incrementAndGet(), stackBytes);
            t.setDaemon(true);
            return t;
        };
    }
}
