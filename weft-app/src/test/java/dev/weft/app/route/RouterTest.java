package dev.weft.app.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.app.PatternException;
import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.IncomingHttpRequest;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RouterTest {
    private static final List<Map.Entry<String, String>> ROUTES = List.of(
            Map.entry("/...", "fallback"),
            Map.entry("/api/...", "api"),
            Map.entry("/api/users/:id", "user"),
            Map.entry("/api/users/me", "me"),
            Map.entry("/api/users/:id/...", "user-tree"),
            Map.entry("/health", "health"),
            Map.entry("/static/*", "static"));

    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("/api/users/me", "me");
        EXPECTED.put("/api/users/7", "user");
        EXPECTED.put("/api/users/7/posts/1", "user-tree");
        EXPECTED.put("/api/users", "api");
        EXPECTED.put("/api/other", "api");
        EXPECTED.put("/api", "api");
        EXPECTED.put("/api/", "api");
        EXPECTED.put("/health", "health");
        EXPECTED.put("/health/", "health");
        EXPECTED.put("/healthz", "fallback");
        EXPECTED.put("/health/deep", "fallback");
        EXPECTED.put("/static/css/a.css", "static");
        EXPECTED.put("/", "fallback");
        EXPECTED.put("/apix", "fallback");
    }

    @Test
    void theMostSpecificRouteWinsWhateverTheDeclarationOrder() throws Exception {
        Random random = new Random(42);
        for (int round = 0; round < 10; round++) {
            List<Map.Entry<String, String>> routes = new ArrayList<>(ROUTES);
            Collections.shuffle(routes, random);
            Router router = Router.build("/", routes);
            EXPECTED.forEach((path, component) -> assertEquals(component,
                    router.route(path + "?q=1").orElseThrow().component(), path + " with " + routes));
        }
    }

    @Test
    void noRouteWithoutFallback() throws Exception {
        Router router = Router.build("/", List.of(Map.entry("/a", "a"), Map.entry("/b/...", "b")));
        assertTrue(router.route("/c").isEmpty());
        assertTrue(router.route("/a/b").isEmpty());
        assertTrue(router.route("/bb").isEmpty());
        assertEquals("b", router.route("/b").orElseThrow().component());
    }

    @Test
    void pathInfoIsThePartUnderTheWildcard() throws Exception {
        Router router = Router.build("/", ROUTES);
        assertEquals("/posts/1", router.route("/api/users/7/posts/1").orElseThrow().pathInfo());
        assertEquals("", router.route("/api").orElseThrow().pathInfo());
        assertEquals("/", router.route("/api/").orElseThrow().pathInfo());
        assertEquals("/other", router.route("/api/other?x=1").orElseThrow().pathInfo());
        assertEquals("", router.route("/health").orElseThrow().pathInfo());
        assertEquals("/healthz", router.route("/healthz").orElseThrow().pathInfo());
        assertEquals(Map.of("id", "7"), router.route("/api/users/7").orElseThrow().params());
    }

    @Test
    void duplicateRoutesAreRefused() {
        PatternException e = assertThrows(PatternException.class, () -> Router.build("/",
                List.of(Map.entry("/u/:id", "a"), Map.entry("/u/:name", "b"))));
        assertTrue(e.getMessage().contains("duplicates the route of component 'a'"), e.getMessage());
    }

    @Test
    void routesLiveUnderTheBasePath() throws Exception {
        Router router = Router.build("/shop", List.of(Map.entry("/cart/...", "cart")));
        assertTrue(router.route("/cart/1").isEmpty());
        RouteMatch m = router.route("/shop/cart/1").orElseThrow();
        assertEquals("/1", m.pathInfo());
        assertEquals("/shop/cart/...", m.based().raw());
        assertEquals("/cart/...", m.raw().raw());
    }

    /** Expected values from Spin's trigger-http headers tests (test_default_headers and the named-wildcard one). */
    @Test
    void headersMatchSpins() throws Exception {
        Router router = Router.build("/", List.of(Map.entry("/foo/...", "dummy")));
        RouteMatch m = router.route("/foo/bar?key1=value1&key2=value2").orElseThrow();
        Map<String, String> h = asMap(RoutingHeaders.compute(m, "https", "fermyon.dev",
                "/foo/bar?key1=value1&key2=value2", new InetSocketAddress("127.0.0.1", 8777)));
        for (String prefix : List.of("spin-", "weft-")) {
            assertEquals("https://fermyon.dev/foo/bar?key1=value1&key2=value2", h.get(prefix + "full-url"));
            assertEquals("/bar", h.get(prefix + "path-info"));
            assertEquals("/foo/...", h.get(prefix + "matched-route"));
            assertEquals("/", h.get(prefix + "base-path"));
            assertEquals("/foo/...", h.get(prefix + "raw-component-route"));
            assertEquals("/foo", h.get(prefix + "component-route"));
            assertEquals("127.0.0.1:8777", h.get(prefix + "client-addr"));
        }

        Router named = Router.build("/", List.of(Map.entry("/foo/:userid/...", "dummy")));
        Map<String, String> n = asMap(RoutingHeaders.compute(named.route("/foo/42/bar").orElseThrow(), "https",
                "fermyon.dev", "/foo/42/bar?key1=value1&key2=value2", new InetSocketAddress("127.0.0.1", 8777)));
        assertEquals("/bar", n.get("spin-path-info"));
        assertEquals("/foo/:userid/...", n.get("spin-matched-route"));
        assertEquals("/foo/:userid/...", n.get("spin-raw-component-route"));
        assertEquals("/foo/:userid", n.get("spin-component-route"));
        assertEquals("42", n.get("spin-path-match-userid"));
        assertEquals("42", n.get("weft-path-match-userid"));
    }

    @Test
    void clientSentRoutingHeadersAreReplaced() throws Exception {
        Router router = Router.build("/", List.of(Map.entry("/...", "all")));
        IncomingHttpRequest request = new IncomingHttpRequest("GET", "http", "localhost:3000", "/x",
                List.of(HttpField.of("spin-path-info", "/forged"), HttpField.of("Weft-Client-Addr", "6.6.6.6:1"),
                        HttpField.of("accept", "*/*")), new ByteArrayInputStream(new byte[0]), List::of);
        IncomingHttpRequest routed = RoutingHeaders.apply(request, router.route("/x").orElseThrow(),
                new InetSocketAddress("::1", 5000));
        Map<String, List<String>> all = new LinkedHashMap<>();
        routed.headers().forEach(f -> all.computeIfAbsent(f.name().toLowerCase(), k -> new ArrayList<>()).add(f.valueAsString()));
        assertEquals(List.of("/x"), all.get("spin-path-info"));
        assertEquals(List.of("[0:0:0:0:0:0:0:1]:5000"), all.get("weft-client-addr"));
        assertEquals(List.of("*/*"), all.get("accept"));
        assertEquals(List.of("http://localhost:3000/x"), all.get("weft-full-url"));
    }

    @Test
    void badRoutesAreRefused() {
        for (String bad : List.of("foo", "/a//b", "/a/.../b", "/a/*/b", "/:9x")) {
            assertThrows(PatternException.class, () -> RoutePattern.parse(bad), bad);
        }
    }

    private static Map<String, String> asMap(List<HttpField> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach(f -> out.put(f.name(), f.valueAsString()));
        return out;
    }
}
