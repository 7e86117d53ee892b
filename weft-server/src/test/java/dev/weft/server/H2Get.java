package dev.weft.server;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.http2.api.Session;
import org.eclipse.jetty.http2.api.Stream;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.http2.frames.HeadersFrame;

/**
 * One GET over HTTP/2 with prior knowledge (h2c), with Jetty's low-level client: unlike the JDK client it shows the
 * trailers (a HEADERS frame after the DATA frames).
 */
final class H2Get {
    record Response(int status, String body, Map<String, String> trailers) {
    }

    private H2Get() {
    }

    static Response get(URI uri) throws Exception {
        try (Connection c = connect(uri)) {
            String path = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
            return c.send(path).get(30, TimeUnit.SECONDS);
        }
    }

    static Connection connect(URI uri) throws Exception {
        HTTP2Client client = new HTTP2Client();
        client.start();
        try {
            Session session = client.connect(new InetSocketAddress(uri.getHost(), uri.getPort()),
                    new Session.Listener() {
                    }).get(10, TimeUnit.SECONDS);
            return new Connection(client, session, uri);
        } catch (Exception e) {
            client.stop();
            throw e;
        }
    }

    /** One HTTP/2 connection (session): every {@link #send} is a new stream on it. */
    static final class Connection implements AutoCloseable {
        private final HTTP2Client client;
        private final Session session;
        private final URI base;

        private Connection(HTTP2Client client, Session session, URI base) {
            this.client = client;
            this.session = session;
            this.base = base;
        }

        boolean isOpen() {
            return !session.isClosed();
        }

        /** A GET of {@code path} on a new stream; the future fails if the stream is reset. */
        CompletableFuture<Response> send(String path) throws Exception {
            MetaData.Request request = new MetaData.Request("GET", HttpURI.from(base.resolve(path).toString()),
                    HttpVersion.HTTP_2, HttpFields.EMPTY);
            CompletableFuture<Response> done = new CompletableFuture<>();
            session.newStream(new HeadersFrame(request, null, true), listener(done)).get(10, TimeUnit.SECONDS);
            return done;
        }

        @Override
        public void close() throws Exception {
            client.stop();
        }
    }

    private static Stream.Listener listener(CompletableFuture<Response> done) {
        return new Stream.Listener() {
                private int status;
                private final ByteArrayOutputStream body = new ByteArrayOutputStream();

                @Override
                public void onHeaders(Stream stream, HeadersFrame frame) {
                    if (frame.getMetaData() instanceof MetaData.Response head) {
                        status = head.getStatus();
                        if (frame.isEndStream()) {
                            done.complete(new Response(status, "", Map.of()));
                        } else {
                            stream.demand();
                        }
                        return;
                    }
                    Map<String, String> trailers = new LinkedHashMap<>();
                    frame.getMetaData().getHttpFields().forEach(f -> trailers.put(f.getLowerCaseName(), f.getValue()));
                    done.complete(new Response(status, body.toString(StandardCharsets.UTF_8), trailers));
                }

                @Override
                public void onDataAvailable(Stream stream) {
                    Stream.Data data = stream.readData();
                    if (data == null) {
                        stream.demand();
                        return;
                    }
                    ByteBuffer bytes = data.frame().getByteBuffer();
                    byte[] copy = new byte[bytes.remaining()];
                    bytes.get(copy);
                    body.writeBytes(copy);
                    boolean last = data.frame().isEndStream();
                    data.release();
                    if (last) {
                        done.complete(new Response(status, body.toString(StandardCharsets.UTF_8), Map.of()));
                    } else {
                        stream.demand();
                    }
                }

                @Override
                public void onReset(Stream stream, org.eclipse.jetty.http2.frames.ResetFrame frame,
                        org.eclipse.jetty.util.Callback callback) {
                    done.completeExceptionally(new AssertionError("stream reset: " + frame));
                    callback.succeeded();
                }
            };
    }
}
