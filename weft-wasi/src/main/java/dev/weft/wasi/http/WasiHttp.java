package dev.weft.wasi.http;

import dev.weft.runtime.Linker;
import dev.weft.wasi.Wasi;
import dev.weft.wasi.http.outbound.JdkHttpSender;
import dev.weft.wasi.http.outbound.OutgoingHandlerP2;
import dev.weft.wasi.http.types.HttpResources;
import dev.weft.wasi.http.types.TypesP2;
import dev.weft.wasi.io.IoResources;

/**
 * Defines {@code wasi:http@0.2.12} in a {@link Linker}: {@code wasi:http/types} and
 * {@code wasi:http/outgoing-handler} (components importing any 0.2.x bind to them by semver). HTTP bodies are
 * ordinary {@code wasi:io} streams, so the same {@link IoResources} must serve {@code wasi:io}.
 *
 * <pre>{@code
 * Linker linker = new Linker();
 * WasiHttp.addToLinker(linker, WasiHttpConfig.builder().outbound(OutboundHttpPolicy.allow("example.com")).build());
 * }</pre>
 * To serve requests with a {@code wasi:http/proxy} component use {@link WasiHttpProxy}.
 */
public final class WasiHttp {
    /** The wasi:http version this host implements. */
    public static final String VERSION = Wasi.VERSION;

    private WasiHttp() {
    }

    /**
     * Adds WASI 0.2 (with {@code config.wasi()}) and {@code wasi:http}.
     *
     * @return the {@code wasi:http} resource types, to make request and outparam handles for the guest
     */
    public static HttpResources addToLinker(Linker linker, WasiHttpConfig config) {
        IoResources io = IoResources.create();
        Wasi.addToLinker(linker, config.wasi(), io);
        return addHttpToLinker(linker, io, config);
    }

    /**
     * Adds only {@code wasi:http}, for a linker whose {@code wasi:io} was defined with {@code io} (see
     * {@link Wasi#addToLinker(Linker, dev.weft.wasi.WasiContext, IoResources)}).
     */
    public static HttpResources addHttpToLinker(Linker linker, IoResources io, WasiHttpConfig config) {
        HttpResources resources = HttpResources.create(io);
        TypesP2.define(linker, VERSION, resources);
        OutgoingHandlerP2.define(linker, VERSION, resources, new JdkHttpSender(config));
        return resources;
    }
}
