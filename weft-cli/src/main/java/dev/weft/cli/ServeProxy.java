package dev.weft.cli;

import dev.weft.component.Component;
import dev.weft.error.WeftException;
import dev.weft.runtime.Engine;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.http.OutboundHttpPolicy;
import dev.weft.wasi.http.ProxyHandler;
import dev.weft.wasi.http.WasiHttpConfig;
import dev.weft.wasi.http.WasiHttpProxy;
import java.util.List;

/** Builds the {@code wasi:http/proxy} host for {@code weft serve} from the command's flags. */
final class ServeProxy {
    private ServeProxy() {
    }

    /**
     * Links and compiles the component once; the result instantiates it per request.
     *
     * @param allowHttp {@code --allow-http} patterns (see {@link OutboundHttpPolicy}); empty: no outgoing requests
     */
    static ProxyHandler prepare(Engine engine, Component component, WasiContext context, List<String> allowHttp)
            throws WeftException {
        OutboundHttpPolicy outbound;
        try {
            outbound = allowHttp.isEmpty() ? OutboundHttpPolicy.denyAll() : OutboundHttpPolicy.allow(allowHttp);
        } catch (IllegalArgumentException e) {
            throw new UserError("--allow-http: " + e.getMessage());
        }
        // the body limit is the server's (a 413 before the guest sees a byte too many), not the guest's
        WasiHttpConfig config = WasiHttpConfig.builder().wasi(context).outbound(outbound).build();
        return WasiHttpProxy.prepare(engine, component, config);
    }
}
