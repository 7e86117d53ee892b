package dev.weft.cli;

import dev.weft.component.Component;
import dev.weft.error.WeftException;
import dev.weft.runtime.Engine;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.http.ProxyHandler;
import java.util.List;

/** Builds the {@code wasi:http/proxy} host for {@code weft serve} from the command's flags. */
final class ServeProxy {
    private ServeProxy() {
    }

    static ProxyHandler prepare(Engine engine, Component component, WasiContext context, List<String> allowHttp)
            throws WeftException {
        // the wasi:http host (WasiHttpProxy, built on the "http" branch) is not merged yet
        throw new UserError("weft serve: the wasi:http host is not in this build yet");
    }
}
