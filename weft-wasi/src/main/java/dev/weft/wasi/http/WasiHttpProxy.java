package dev.weft.wasi.http;

import dev.weft.component.Component;
import dev.weft.component.types.NamedExtern;
import dev.weft.error.DecodeException;
import dev.weft.error.InstantiationException;
import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import dev.weft.error.ValidationException;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.Engine;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Linker;
import dev.weft.wasi.http.types.BodyReader;
import dev.weft.wasi.http.types.ErrorCode;
import dev.weft.wasi.http.types.HttpResources;
import dev.weft.wasi.http.types.IncomingBody;
import dev.weft.wasi.http.types.IncomingRequest;
import dev.weft.wasi.http.types.Method;
import dev.weft.wasi.http.types.RequestScope;
import dev.weft.wasi.http.types.ResponseOutparam;
import dev.weft.wasi.http.types.Scheme;
import java.util.List;
import java.util.Optional;

/**
 * Serves HTTP with a {@code wasi:http/proxy} component, as {@code wasmtime serve} does: linked once against WASI
 * and {@code wasi:http}, a fresh instance per request, the request and a response-outparam handed to the
 * component's {@code wasi:http/incoming-handler@0.2.x#handle} (any 0.2 version it exports). Request and response
 * bodies stream; the response goes out when the guest sets the outparam. Thread-safe.
 *
 * <p>As in {@code wasmtime serve}, the instance ends when {@code handle} returns: a body the guest has not
 * finished by then is aborted (an export of a synchronous component cannot write after it returned), a guest that
 * returns without setting the outparam, sets it to an error or traps before any response byte gets a 500
 * ({@link HandleOutcome.GuestFailed} with {@code responseStarted == false}), and one that fails after the response
 * began gets {@link HttpResponseSink#abort}. Reader threads and outbound exchanges the request started are closed
 * when it ends. Instances come from {@link InstancePre#instantiatePooled()} and are released when the handler
 * returned normally, so their memories' storage is reused by later requests (restored to the initial memory).
 *
 * <pre>{@code
 * ProxyHandler proxy = WasiHttpProxy.prepare(engine, component, WasiHttpConfig.defaults());
 * HandleOutcome outcome = proxy.handle(request, sink);
 * }</pre>
 */
public final class WasiHttpProxy implements ProxyHandler {
    private static final String HANDLER_PREFIX = "wasi:http/incoming-handler@0.2.";

    private final InstancePre pre;
    private final HttpResources http;
    private final WasiHttpConfig config;
    private final String handlerExport;
    /** The request body's limits, the same for every request (immutable). */
    private final BodyReader.Limits requestBodyLimits;

    private WasiHttpProxy(InstancePre pre, HttpResources http, WasiHttpConfig config, String handlerExport) {
        this.pre = pre;
        this.http = http;
        this.config = config;
        this.handlerExport = handlerExport;
        this.requestBodyLimits = requestBodyLimits(config);
    }

    /**
     * Links {@code component} against WASI and {@code wasi:http} and compiles it.
     *
     * @throws LinkException if it imports something this host lacks or exports no
     *     {@code wasi:http/incoming-handler@0.2.x}
     */
    public static WasiHttpProxy prepare(Engine engine, Component component, WasiHttpConfig config)
            throws LinkException {
        return prepare(engine, component, config, linker -> {
        });
    }

    /**
     * As {@link #prepare(Engine, Component, WasiHttpConfig)}, with more host interfaces: {@code moreHost} adds its
     * definitions (e.g. {@code wasi:keyvalue}, {@code wasi:config}) to the linker after WASI and {@code wasi:http}.
     */
    public static WasiHttpProxy prepare(Engine engine, Component component, WasiHttpConfig config,
            java.util.function.Consumer<Linker> moreHost) throws LinkException {
        String export = handlerExport(component).orElseThrow(() -> new LinkException(
                "the component exports no `wasi:http/incoming-handler@0.2.x` instance; exports: "
                        + component.exports().stream().map(NamedExtern::name).toList()));
        Linker linker = new Linker();
        HttpResources http = WasiHttp.addToLinker(linker, config);
        moreHost.accept(linker);
        try {
            return new WasiHttpProxy(linker.prepare(engine, component), http, config, export);
        } catch (DecodeException | ValidationException e) {
            throw new LinkException("cannot prepare the component: " + e.getMessage());
        }
    }

    /** The name of the exported incoming-handler instance, e.g. {@code wasi:http/incoming-handler@0.2.10}. */
    public String handlerExport() {
        return handlerExport;
    }

    private static Optional<String> handlerExport(Component component) {
        return component.exports().stream().map(NamedExtern::name).filter(n -> n.startsWith(HANDLER_PREFIX))
                .findFirst();
    }

    @Override
    public HandleOutcome handle(IncomingHttpRequest request, HttpResponseSink response) {
        ResponseExchange exchange = new ResponseExchange(response);
        ComponentFunction handle;
        ComponentInstance instance;
        try {
            instance = pre.instantiatePooled();
            handle = instance.function(handlerExport, "handle").orElseThrow(() -> new LinkException(
                    handlerExport + " has no `handle` function"));
        } catch (LinkException | InstantiationException | Trap e) {
            return exchange.failBeforeGuest("instantiating the component failed: " + e.getMessage());
        }
        IncomingRequest incoming;
        BodyReader requestBody = requestBody(request);
        try {
            incoming = incomingRequest(request, requestBody);
        } catch (IllegalArgumentException e) {
            return exchange.failBeforeGuest("the request cannot be given to the guest: " + e.getMessage());
        }
        try (RequestScope scope = RequestScope.open()) {
            scope.onEnd(requestBody::stop);
            handle.call(List.of(http.incomingRequest().own(incoming),
                    http.responseOutparam().own(new ResponseOutparam(exchange))));
        } catch (Trap trap) {
            return exchange.outcome(Optional.of("guest trapped: " + trap.getMessage()));
        } catch (RuntimeException e) {
            return exchange.outcome(Optional.of("guest failed: " + e));
        }
        HandleOutcome outcome = exchange.outcome(Optional.empty());
        releaseIfDone(instance);
        return outcome;
    }

    /**
     * Gives the instance's memories back to their pools ({@link ComponentInstance#release}) after {@code handle}
     * returned normally and the response is complete: the guest ran on this thread and has returned, its request
     * scope (body readers) is closed and nothing keeps a reference into its memory (bodies are copied out as the
     * guest writes them). Not after a trap or failure (those return above), nor when this thread was interrupted
     * (a deadline fired meanwhile): the storage is then left to the garbage collector.
     */
    private static void releaseIfDone(ComponentInstance instance) {
        if (!Thread.currentThread().isInterrupted()) {
            instance.release();
        }
    }

    private BodyReader requestBody(IncomingHttpRequest request) {
        return new BodyReader(request.body(), requestBodyLimits, false);
    }

    /** The limits of a request body under {@code config}: its size, and how a failed read reaches the guest. */
    static BodyReader.Limits requestBodyLimits(WasiHttpConfig config) {
        long max = config.maxRequestBodyBytes();
        return new BodyReader.Limits(max, Optional.empty(),
                new ErrorCode.BodySize(ErrorCode.BodyKind.REQUEST, Optional.of(max)),
                e -> ErrorCode.Simple.CONNECTION_TERMINATED);
    }

    private static final Optional<Scheme> HTTP = Optional.of(Scheme.HTTP);
    private static final Optional<Scheme> HTTPS = Optional.of(Scheme.HTTPS);

    /** The request's scheme for the guest (shared for http and https), empty when it is not a valid scheme. */
    static Optional<Scheme> scheme(String name) {
        return switch (name) {
            case "http" -> HTTP;
            case "https" -> HTTPS;
            default -> Scheme.isValid(name) ? Optional.of(new Scheme(name)) : Optional.empty();
        };
    }

    private static IncomingRequest incomingRequest(IncomingHttpRequest request, BodyReader requestBody) {
        IncomingBody body = new IncomingBody(requestBody, request.trailers());
        Optional<Scheme> scheme = scheme(request.scheme());
        return IncomingRequest.withHeaderEntries(new Method(request.method()), scheme,
                Optional.of(request.authority()).filter(a -> !a.isEmpty()),
                Optional.of(request.pathWithQuery()), request.headers(), body);
    }
}
