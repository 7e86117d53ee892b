package dev.weft.server;

import dev.weft.wasi.http.ProxyHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
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
 * request with a {@link ProxyHandler}. Bodies stream both ways; each request runs on its own guest thread under
 * {@link ServerConfig#deadline()} and {@link ServerConfig#maxRequestBodyBytes()}, and gets one access-log line.
 * {@link #close()} shuts down gracefully: it stops accepting, lets requests in flight finish within
 * {@link ServerConfig#shutdownTimeout()}, then interrupts what is left.
 */
public final class WeftServer implements AutoCloseable {
    private final Server jetty;
    private final ServerConnector connector;
    private final ThreadPoolExecutor guests;
    private final Services services;

    private WeftServer(Server jetty, ServerConnector connector, ThreadPoolExecutor guests, Services services) {
        this.jetty = jetty;
        this.connector = connector;
        this.guests = guests;
        this.services = services;
    }

    /** Binds {@link ServerConfig#address()} and starts serving; throws if the address cannot be bound. */
    public static WeftServer start(ProxyHandler handler, ServerConfig config) throws IOException {
        QueuedThreadPool io = new QueuedThreadPool(IoThreads.MAX, IoThreads.MIN);
        io.setName("weft-http");
        io.setDaemon(true);
        io.setReservedThreads(IoThreads.RESERVED);
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

        ThreadPoolExecutor guests = new ThreadPoolExecutor(config.maxConcurrentRequests(),
                config.maxConcurrentRequests(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(Math.max(1, config.maxQueuedRequests())), guestThreads(config.guestStackBytes()));
        guests.allowCoreThreadTimeOut(true);
        Services services = new Services(handler, config, new Deadlines(), new FlushBehind(), new AccessLog());
        jetty.setHandler(new GracefulHandler(new ProxyDispatcher(services, guests)));
        jetty.setStopTimeout(config.shutdownTimeout().toMillis());
        jetty.setStopAtShutdown(false);
        try {
            jetty.start();
        } catch (Exception e) {
            guests.shutdownNow();
            stopQuietly(jetty);
            closeHelpers(services);
            throw new IOException("cannot serve on " + config.address().getHostString() + ":"
                    + config.address().getPort() + ": " + e.getMessage(), e);
        }
        return new WeftServer(jetty, connector, guests, services);
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
        return guests.getActiveCount();
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
        stopQuietly(jetty);
        guests.shutdownNow();
        try {
            guests.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeHelpers(services);
    }

    /** The helper threads, after the guests: held-back bytes are sent, and every access-log line is written. */
    private static void closeHelpers(Services services) {
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

    private static ThreadFactory guestThreads(long stackBytes) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "weft-guest-" + n.incrementAndGet(), stackBytes);
            t.setDaemon(true);
            return t;
        };
    }
}
