package dev.weft.server;

import dev.weft.component.Component;
import dev.weft.runtime.Engine;
import dev.weft.testkit.Fixtures;
import dev.weft.wasi.http.ProxyHandler;
import dev.weft.wasi.http.WasiHttpConfig;
import dev.weft.wasi.http.WasiHttpProxy;
import java.nio.file.Files;

/**
 * Two real guests behind one handler, for tests of guests that do not stall each other: paths starting with
 * {@code /spin} go to the looping {@code http-spin} fixture, every other path to {@code http-handler}, whose body
 * is {@link #expectedBody()}.
 */
final class SpinOrHello {
    private SpinOrHello() {
    }

    static ProxyHandler router() throws Exception {
        Engine engine = Engine.create();
        ProxyHandler spin = WasiHttpProxy.prepare(engine,
                Component.decode(Fixtures.componentBytes("http-spin")), WasiHttpConfig.defaults());
        ProxyHandler hello = WasiHttpProxy.prepare(engine,
                Component.decode(Fixtures.componentBytes("http-handler")), WasiHttpConfig.defaults());
        return (request, sink) -> request.pathWithQuery().startsWith("/spin")
                ? spin.handle(request, sink) : hello.handle(request, sink);
    }

    /** What {@code http-handler} answers. */
    static String expectedBody() throws Exception {
        return Files.readString(Fixtures.source("wat/http-handler/expected.body"));
    }
}
