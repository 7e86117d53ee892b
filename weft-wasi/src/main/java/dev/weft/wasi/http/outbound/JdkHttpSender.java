package dev.weft.wasi.http.outbound;

import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.OutboundHttpPolicy;
import dev.weft.wasi.http.WasiHttpConfig;
import dev.weft.wasi.http.types.BodyReader;
import dev.weft.wasi.http.types.ErrorCode;
import dev.weft.wasi.http.types.Fields;
import dev.weft.wasi.http.types.FutureIncomingResponse;
import dev.weft.wasi.http.types.IncomingBody;
import dev.weft.wasi.http.types.IncomingResponse;
import dev.weft.wasi.http.types.OutgoingBody;
import dev.weft.wasi.http.types.OutgoingRequest;
import dev.weft.wasi.http.types.RequestOptions;
import dev.weft.wasi.http.types.RequestScope;
import dev.weft.wasi.http.types.Scheme;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends the guest's outgoing requests with the JDK {@link HttpClient} (HTTP/1.1, no redirects followed), after
 * the {@link OutboundHttpPolicy} allowed them. The request body streams from the guest while the request is under
 * way; the response body streams to the guest as it arrives.
 */
public final class JdkHttpSender {
    private final WasiHttpConfig config;
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    public JdkHttpSender(WasiHttpConfig config) {
        this.config = config;
    }

    /** Starts {@code request}; a request refused before it is sent gives an already failed future. */
    public FutureIncomingResponse send(OutgoingRequest request, RequestOptions options) {
        Scheme scheme = request.scheme().orElse(Scheme.HTTPS);
        if (!scheme.equals(Scheme.HTTP) && !scheme.equals(Scheme.HTTPS)) {
            return FutureIncomingResponse.failed(ErrorCode.Simple.HTTP_PROTOCOL_ERROR);
        }
        if (request.authority().isEmpty()) {
            return FutureIncomingResponse.failed(ErrorCode.Simple.HTTP_REQUEST_URI_INVALID);
        }
        URI uri;
        try {
            uri = new URI(scheme.name() + "://" + request.authority().get()
                    + request.pathWithQuery().filter(p -> !p.isEmpty()).map(p -> p.startsWith("/") || p.startsWith("?")
                    ? p : "/" + p).orElse("/"));
        } catch (URISyntaxException e) {
            return FutureIncomingResponse.failed(ErrorCode.Simple.HTTP_REQUEST_URI_INVALID);
        }
        if (uri.getHost() == null) {
            return FutureIncomingResponse.failed(ErrorCode.Simple.HTTP_REQUEST_URI_INVALID);
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.defaultPort();
        if (!config.outbound().permits(scheme.name(), uri.getHost(), port)) {
            return FutureIncomingResponse.failed(ErrorCode.Simple.HTTP_REQUEST_DENIED);
        }
        if (request.method().token().equals("CONNECT")) {
            // the JDK client cannot send CONNECT (it does not tunnel)
            return FutureIncomingResponse.failed(ErrorCode.Simple.HTTP_REQUEST_METHOD_INVALID);
        }
        Duration firstByte = options.firstByteTimeout().orElse(config.firstByteTimeout());
        Duration betweenBytes = options.betweenBytesTimeout().orElse(config.betweenBytesTimeout());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).version(HttpClient.Version.HTTP_1_1);
        if (!firstByte.isZero() && !firstByte.isNegative()) {
            builder.timeout(firstByte);
        }
        Fields headers = request.headers();
        Optional<RequestPipe> pipe = request.takenBody().map(b -> new RequestPipe(
                OutgoingBody.contentLength(headers).orElse(-1L)));
        try {
            builder.method(request.method().token(), publisher(pipe));
            for (HttpField f : headers.entries()) {
                switch (f.name()) {
                    case "content-length" -> {
                        // the body publisher's length sets it
                    }
                    case "expect" -> builder.expectContinue(f.valueAsString().equalsIgnoreCase("100-continue"));
                    default -> builder.header(f.name(), f.valueAsString());
                }
            }
        } catch (IllegalArgumentException e) {
            return FutureIncomingResponse.failed(
                    ErrorCode.InternalError.of("the JDK client refused the request: " + e.getMessage()));
        }
        HttpClient client = clients.computeIfAbsent(
                options.connectTimeout().orElse(config.connectTimeout()), JdkHttpSender::newClient);
        CompletableFuture<FutureIncomingResponse.Result> result = client
                .sendAsync(builder.build(), HttpResponse.BodyHandlers.ofInputStream())
                .handle((response, failure) -> {
                    if (failure != null) {
                        ErrorCode code = ExchangeErrors.map(failure);
                        pipe.ifPresent(p -> p.exchangeFailed(code));
                        return new FutureIncomingResponse.Result.Error(code);
                    }
                    return new FutureIncomingResponse.Result.Response(incoming(response, betweenBytes));
                });
        RequestScope.register(() -> {
            result.cancel(true);
            result.thenAccept(r -> {
                if (r instanceof FutureIncomingResponse.Result.Response response) {
                    response.response().release();
                }
            });
            pipe.ifPresent(p -> p.abort("the request that made this call is over"));
        });
        if (pipe.isPresent()) {
            try {
                request.takenBody().orElseThrow().channel().attach(pipe.get());
            } catch (IOException e) {
                return FutureIncomingResponse.failed(ErrorCode.Simple.CONNECTION_TERMINATED);
            }
        }
        return new FutureIncomingResponse(result);
    }

    private static HttpRequest.BodyPublisher publisher(Optional<RequestPipe> pipe) {
        return pipe.<HttpRequest.BodyPublisher>map(p -> p.contentLength() == 0 ? HttpRequest.BodyPublishers.noBody()
                : p).orElseGet(HttpRequest.BodyPublishers::noBody);
    }

    private static IncomingResponse incoming(HttpResponse<InputStream> response, Duration betweenBytes) {
        List<HttpField> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(HttpField.of(name, v))));
        BodyReader.Limits limits = new BodyReader.Limits(Long.MAX_VALUE,
                betweenBytes.isZero() || betweenBytes.isNegative() ? Optional.empty() : Optional.of(betweenBytes),
                new ErrorCode.BodySize(ErrorCode.BodyKind.RESPONSE, Optional.empty()),
                ExchangeErrors::bodyReadFailure);
        BodyReader reader = new BodyReader(response.body(), limits, true);
        return new IncomingResponse(response.statusCode(), Fields.immutable(headers),
                new IncomingBody(reader, List::of));
    }

    private static HttpClient newClient(Duration connectTimeout) {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (!connectTimeout.isZero() && !connectTimeout.isNegative()) {
            b.connectTimeout(connectTimeout);
        }
        return b.build();
    }
}
