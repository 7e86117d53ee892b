package dev.weft.app.host;

import dev.weft.testkit.GuestThread;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.app.manifest.ManifestReader;
import dev.weft.testkit.Fixtures;
import dev.weft.wasi.http.IncomingHttpRequest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole app with a componentize-js wasi:http component (fixtures/js/http-app) that uses wasi:keyvalue and
 * wasi:config: variables reach wasi:config, the routing headers reach the guest, visits are counted in the embedded
 * store and survive a restart of the host, and a component without the store's grant is denied.
 */
class AppHostJsComponentTest {
    private static final String MANIFEST = """
            [application]
            name = "counter"

            [variables]
            greeting = { default = "hi" }

            [[trigger.http]]
            route = "/count/..."
            component = "counter"

            [[trigger.http]]
            route = "/denied/..."
            component = "no-store"

            [component.counter]
            source = "counter.wasm"
            key_value_stores = ["default"]
            variables = { greeting = "{{ greeting }} there" }

            [component.no-store]
            source = "counter.wasm"
            """;

    private static String get(GuestThread guest, AppHost host, String path, int status) throws Exception {
        CapturingSink sink = new CapturingSink();
        guest.run(() -> host.handle(new IncomingHttpRequest("GET", "http", "127.0.0.1:3000", path,
                List.of(), new ByteArrayInputStream(new byte[0]), List::of), sink));
        assertEquals(status, sink.status, sink.body());
        return sink.body();
    }

    @Test
    void configRoutingHeadersAndAPersistentCounter(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.component("js-http-app"), dir.resolve("counter.wasm"));
        Path toml = dir.resolve("weft.toml");
        Files.writeString(toml, MANIFEST);
        Map<String, String> env = Map.of("WEFT_VAR_GREETING", "hello");
        try (GuestThread guest = new GuestThread()) {
            try (AppHost host = AppHost.load(AppHost.EngineFactory.defaultCache(), ManifestReader.read(toml), env,
                    Optional.empty())) {
                assertEquals("greeting=hello there visits=1\nweft-path-info=/a spin-path-info=/a "
                        + "weft-matched-route=/count/... spin-component-route=/count spin-base-path=/\n",
                        get(guest, host, "/count/a?x=1", 200));
                assertEquals("greeting=hello there visits=2\nweft-path-info=/a spin-path-info=/a "
                        + "weft-matched-route=/count/... spin-component-route=/count spin-base-path=/\n",
                        get(guest, host, "/count/a", 200));
                assertEquals("error: access-denied\n", get(guest, host, "/denied/a", 500));
            }
            try (AppHost again = AppHost.load(AppHost.EngineFactory.defaultCache(), ManifestReader.read(toml), env,
                    Optional.empty())) {
                assertEquals("greeting=hello there visits=3", get(guest, again, "/count/a", 200).lines().findFirst()
                        .orElseThrow(), "the count survived the restart (.weft/keyvalue.mv.db)");
                assertEquals("greeting=hello there visits=1", get(guest, again, "/count/b", 200).lines().findFirst()
                        .orElseThrow());
            }
        }
        assertEquals(true, Files.exists(dir.resolve(".weft/keyvalue.mv.db")));
    }
}
