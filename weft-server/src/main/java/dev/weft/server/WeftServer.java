package dev.weft.server;

import dev.weft.wasi.http.ProxyHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
    /** Jetty threads beside the guests': acceptor, selector, reserved threads, spares. */
    private static final int JETTY_THREADS = 16;

    private final Server jetty;
    private final ServerConnector connector;
    private final Admission admission;
    private final Services services;

    private WeftServer(Server jetty, ServerConnector connector, Admission admission, Services services) {
        this.jetty = jetty;
        this.connector = connector;
        this.admission = admission;
        this.services = services;
    }

    /** Binds {@link ServerConfig#address()} and starts serving; throws if the address cannot be bound. */
    public static WeftServer start(ProxyHandler handler, ServerConfig config) throws IOException {
        // guests run on Jetty's threads (see Admission): one per concurrent guest, plus Jetty's own (acceptor,
        // selector, reserved threads) and spares that parse requests and answer 503 while every guest slot is taken
        long stack = config.guestStackBytes();
        QueuedThreadPool io = new QueuedThreadPool(config.maxConcurrentRequests() + JETTY_THREADS,
                Math.min(8, config.maxConcurrentRequests() + JETTY_THREADS), 60_000, -1, null, null,
                r -> new Thread(null, r, "weft-http", stack));
        io.setName("weft-http");
        io.setDaemon(true);
        Server jetty = new Server(io);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        List<ConnectionFactory> factories = new ArrayList<>();
        factories.add(new HttpConnectionFactory(http));
        if (config.http2()) {
            factories.add(new HTTP2CServerConnectionFactory(http));
        }
        ServerConnector connector = new ServerConnector(jetty, 1, 1, factories.toArray(ConnectionFactory[]::new));
        connector.setHost(config.address().getHostString());
        connector.setPort(config.address().getPort());
        jetty.addConnector(connector);

        Admission admission = new Admission(config.maxConcurrentRequests(), config.maxQueuedRequests());
        Services services = new Services(handler, config, new Deadlines(), new FlushBehind(), new AccessLog());
        jetty.setHandler(new GracefulHandler(new ProxyDispatcher(services, admission)));
        jetty.setStopTimeout(config.shutdownTimeout().toMillis());
        jetty.setStopAtShutdown(false);
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            closeHelpers(services);
            throw new IOException("cannot serve on " + config.address().getHostString() + ":"
                    + config.address().getPort() + ": " + e.getMessage(), e);
        }
        return new WeftServer(jetty, connector, admission, services);
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
        return admission.running();
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
        // guests still running when the shutdown timeout has passed are stopped as past their deadline
        services.deadlines().cutOffAfter(services.config().shutdownTimeout());
        stopQuietly(jetty);
        admission.clear();
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

}
