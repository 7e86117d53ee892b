package dev.weft.wasi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.weft.component.Component;
import dev.weft.runtime.Engine;
import dev.weft.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The hello proxy fixtures (WAT and componentize-js) served through {@link WasiHttpProxy} into an in-memory sink.
 * Expected bodies and headers are the ones {@code jco serve} gives for the same component
 * ({@code fixtures/.../expected.body}, checked by scripts/build-fixtures.sh with curl).
 */
class HelloProxyTest {
    static final Engine ENGINE = Engine.create();

    static WasiHttpProxy proxy(String fixture) throws Exception {
        Path wasm = Fixtures.buildDir().resolve(fixture + ".wasm");
        return WasiHttpProxy.prepare(ENGINE, Component.decode(Files.readAllBytes(wasm)), WasiHttpConfig.defaults());
    }

    static IncomingHttpRequest get(String path) {
        return new IncomingHttpRequest("GET", "http", "localhost:8080", path, List.of(HttpField.of("accept", "*/*")),
                new ByteArrayInputStream(new byte[0]), List::of);
    }

    private static void check(String fixture, String expectedBodyFile, String fixtureHeader) throws Exception {
        WasiHttpProxy proxy = proxy(fixture);
        for (int i = 0; i < 2; i++) { // a fresh instance each time
            RecordingSink sink = new RecordingSink();
            HandleOutcome outcome = proxy.handle(get("/fixture/check?x=1"), sink);
            assertEquals(new HandleOutcome.Completed(200), outcome);
            assertEquals(List.of("begin", "end"), sink.calls);
            assertEquals(200, sink.status);
            assertEquals(Optional.of("text/plain"), sink.header("content-type"));
            assertEquals(Optional.of(fixtureHeader), sink.header("x-weft-fixture"));
            assertEquals(Files.readString(Fixtures.repoRoot().resolve(expectedBodyFile)), sink.bodyText());
            assertEquals(List.of(), sink.trailers);
        }
    }

    @Test
    void watHandler() throws Exception {
        check("http-handler", "fixtures/wat/http-handler/expected.body", "http-handler");
    }

    /**
     * The same handler built against WASI relabelled to each older 0.2 version (scripts/build-fixtures.sh, listed in
     * fixtures/wat/http-handler/wasi-versions): it imports wasi:http/types and wasi:io at that version and exports
     * incoming-handler at it; jco serve answers each like the 0.2.12 build, and so must the 0.2.12 host, binding
     * the older imports by semver.
     */
    @Test
    void watHandlerImportingOlderWasiHttpVersions() throws Exception {
        List<String> versions = List.of(Files.readString(Fixtures.source("wat/http-handler/wasi-versions"))
                .trim().split("\\s+"));
        assertEquals(12, versions.size(), "0.2.0 to 0.2.11: " + versions);
        for (String version : versions) {
            String fixture = "http-handler-wasi-" + version;
            assertEquals("wasi:http/incoming-handler@" + version, proxy(fixture).handlerExport());
            String wit = Files.readString(Fixtures.buildDir().resolve(fixture + ".wit"));
            org.junit.jupiter.api.Assertions.assertTrue(wit.contains("import wasi:http/types@" + version + ";"), wit);
            check(fixture, "fixtures/wat/http-handler/expected.body", "http-handler");
        }
    }

    @Test
    void jsHandler() throws Exception {
        check("js-http-hello", "fixtures/js/http-hello/expected.body", "http-hello");
    }

    @Test
    void concurrentRequestsEachGetTheirOwnInstance() throws Exception {
        WasiHttpProxy proxy = proxy("http-handler");
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String path = "/n/" + i;
                results.add(pool.submit(() -> {
                    RecordingSink sink = new RecordingSink();
                    assertEquals(new HandleOutcome.Completed(200), proxy.handle(get(path), sink));
                    return sink.bodyText();
                }));
            }
            for (int i = 0; i < 32; i++) {
                assertEquals("Hello from WAT on wasi:http! GET /n/" + i + "\n", results.get(i).get());
            }
        }
    }

    @Test
    void componentWithoutIncomingHandlerIsALinkError() throws Exception {
        Path wasm = Fixtures.buildDir().resolve("c-hello.wasm");
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.weft.error.LinkException.class,
                () -> WasiHttpProxy.prepare(ENGINE, Component.decode(Files.readAllBytes(wasm)),
                        WasiHttpConfig.defaults()));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("wasi:http/incoming-handler@0.2.x"),
                e.getMessage());
    }

    @Test
    void otherMethodAndPath() throws Exception {
        RecordingSink sink = new RecordingSink();
        var request = new IncomingHttpRequest("PURGE", "https", "example.com", "/a/b?c=d", List.of(),
                new ByteArrayInputStream(new byte[0]), List::of);
        assertInstanceOf(HandleOutcome.Completed.class, proxy("http-handler").handle(request, sink));
        assertEquals("Hello from WAT on wasi:http! PURGE /a/b?c=d\n", sink.bodyText());
    }
}
