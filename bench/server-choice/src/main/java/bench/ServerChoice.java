package bench;

import io.helidon.webserver.WebServer;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Serves one trivial BLOCKING handler (what a synchronous guest does: it runs on the request thread and writes
 * the body through an OutputStream) on Netty, Jetty or Helidon. Usage: {@code ServerChoice netty|jetty|helidon
 * PORT [sleepMillis]}; sleepMillis makes the handler block like a slow guest.
 */
public final class ServerChoice {
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);
    private static long sleepMillis;

    /** The "guest": blocks (optionally) and writes the body. */
    static void guest(OutputStream out) throws IOException {
        if (sleepMillis > 0) {
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        out.write(HELLO);
        out.close();
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        sleepMillis = args.length > 2 ? Long.parseLong(args[2]) : 0;
        switch (args[0]) {
            case "netty" -> netty(port);
            case "jetty" -> jetty(port);
            case "helidon" -> helidon(port);
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("READY " + args[0]);
    }

    static void helidon(int port) {
        WebServer.builder().host("127.0.0.1").port(port)
                .routing(r -> r.any((req, res) -> guest(res.outputStream())))
                .build().start();
    }

    static void jetty(int port) throws Exception {
        QueuedThreadPool pool = new QueuedThreadPool();
        pool.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("jetty-vt"));
        Server server = new Server(pool);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                guest(Content.Sink.asOutputStream(response));
                callback.succeeded();
                return true;
            }
        });
        server.start();
    }

    static void netty(int port) throws InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        ExecutorService guests = Executors.newVirtualThreadPerTaskExecutor();
        new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpServerKeepAliveHandler(),
                                new SimpleChannelInboundHandler<HttpObject>() {
                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
                                        if (msg instanceof HttpRequest req) {
                                            boolean keepAlive = HttpUtil.isKeepAlive(req);
                                            guests.execute(() -> nettyGuest(ctx, keepAlive));
                                        }
                                    }
                                });
                    }
                })
                .bind("127.0.0.1", port).sync();
    }

    private static void nettyGuest(ChannelHandlerContext ctx, boolean keepAlive) {
        DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        head.headers().set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        if (keepAlive) {
            head.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        ctx.write(head);
        try {
            guest(new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    ctx.writeAndFlush(new DefaultHttpContent(Unpooled.copiedBuffer(b, off, len)));
                }

                @Override
                public void close() {
                    ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
                }
            });
        } catch (IOException e) {
            ctx.close();
        }
    }
}
