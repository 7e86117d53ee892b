package dev.weft.app.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ManifestReaderTest {
    static final Path FILE = Path.of("/srv/shop/weft.toml");

    static final String GOOD = """
            spin_manifest_version = 2

            [application]
            name = "shop"
            version = "1.2.0"
            description = "a shop"

            [application.trigger.http]
            base = "/"

            [variables]
            api_host = { default = "api.example.com" }
            token = { required = true, secret = true }

            [[trigger.http]]
            route = "/cart/..."
            component = "cart"

            [[trigger.http]]
            route = "/"
            component = "home"

            [[trigger.http]]
            route = { private = true }
            component = "home"

            [component.cart]
            source = "target/cart.wasm"
            environment = { LOG = "debug" }
            files = ["static", { source = "assets", destination = "/assets" }]
            variables = { endpoint = "https://{{ api_host }}/v1", token = "{{ token }}" }
            allowed_outbound_hosts = ["https://api.example.com", "http://127.0.0.1:*", "*://*.example.com:443"]
            key_value_stores = ["default", "sessions"]

            [component.cart.limits]
            memory = "64MiB"
            deadline = "500ms"

            [component.home]
            source = "home.wasm"

            [component.home.build]
            command = "make"

            [key_value_store.sessions]
            type = "redis"
            url = "redis://127.0.0.1:6379"
            prefix = "shop:"
            """;

    @Test
    void readsEveryPartOfAGoodManifest() throws Exception {
        AppManifest m = ManifestReader.parse(FILE, GOOD);
        assertEquals(new AppManifest.ApplicationInfo("shop", "1.2.0", Optional.of("a shop")), m.application());
        assertEquals("/", m.httpBase());
        assertEquals(List.of("cart", "home"), List.copyOf(m.components().keySet()));
        assertEquals(Path.of("/srv/shop/.weft"), m.stateDir());

        ComponentSpec cart = m.components().get("cart");
        assertEquals(Path.of("/srv/shop/target/cart.wasm"), cart.source());
        assertEquals(Map.of("LOG", "debug"), cart.environment());
        assertEquals(List.of(new ComponentSpec.FileMount(Path.of("/srv/shop/static"), "/static"),
                new ComponentSpec.FileMount(Path.of("/srv/shop/assets"), "/assets")), cart.files());
        assertEquals(Map.of("endpoint", "https://{{ api_host }}/v1", "token", "{{ token }}"), cart.variables());
        assertEquals(3, cart.allowedOutboundHosts().size());
        assertEquals(List.of("default", "sessions"), cart.keyValueStores());
        assertEquals(64L << 20, cart.limits().memoryBytes().getAsLong());
        assertEquals(Duration.ofMillis(500), cart.limits().deadline().orElseThrow());
        assertEquals(Limits.NONE, m.components().get("home").limits());
        assertEquals(27, cart.line());

        assertEquals(List.of(new HttpTriggerSpec(Optional.of("/cart/..."), "cart", 15),
                new HttpTriggerSpec(Optional.of("/"), "home", 19),
                new HttpTriggerSpec(Optional.empty(), "home", 23)), m.httpTriggers());

        VariableSpec token = m.variables().get("token");
        assertTrue(token.required() && token.secret());
        assertEquals(13, token.line());

        KeyValueStoreSpec sessions = m.keyValueStores().get("sessions");
        assertEquals(KeyValueStoreSpec.Kind.REDIS, sessions.kind());
        assertEquals("shop:", sessions.prefix());
        assertEquals(KeyValueStoreSpec.Kind.EMBEDDED, m.keyValueStores().get("default").kind());
    }

    @Test
    void readsTheArrayOfComponentsForm() throws Exception {
        AppManifest m = ManifestReader.parse(FILE, """
                [application]
                name = "a"

                [[trigger.http]]
                route = "/..."
                component = "one"

                [[component]]
                id = "one"
                source = "one.wasm"

                [[component]]
                id = "two"
                source = "two.wasm"
                key_value_stores = ["default"]
                """);
        assertEquals(List.of("one", "two"), List.copyOf(m.components().keySet()));
        assertEquals(12, m.components().get("two").line());
    }

    /** A manifest with one mistake, the key the error must name, and that key's line. */
    static List<Arguments> badManifests() {
        return List.of(
                bad("unknown top-level key", GOOD.replace("spin_manifest_version = 2", "spin_manifest_versoin = 2"),
                        "spin_manifest_versoin", 1, "unknown key"),
                bad("application without name", GOOD.replace("name = \"shop\"", "nom = \"shop\""),
                        "application.nom", 4, "unknown key"),
                bad("typo in a component key", GOOD.replace("source = \"home.wasm\"", "sauce = \"home.wasm\""),
                        "component.home.sauce", 40, "unknown key"),
                bad("source not a string", GOOD.replace("source = \"home.wasm\"", "source = 42"),
                        "component.home.source", 40, "expected a path to a .wasm file"),
                bad("source not .wasm", GOOD.replace("source = \"home.wasm\"", "source = \"home.js\""),
                        "component.home.source", 40, "expected a path to a .wasm file"),
                bad("bad outbound host", GOOD.replace("\"http://127.0.0.1:*\"", "\"127.0.0.1:80\""),
                        "component.cart.allowed_outbound_hosts", 32, "has no scheme"),
                bad("outbound host with a mid wildcard", GOOD.replace("*://*.example.com:443", "https://api.*.com"),
                        "component.cart.allowed_outbound_hosts", 32, "wildcards are allowed only"),
                bad("undeclared store", GOOD.replace("[\"default\", \"sessions\"]", "[\"default\", \"carts\"]"),
                        "component.cart.key_value_stores", 33, "no store 'carts'"),
                bad("trigger names a missing component", GOOD.replace("component = \"cart\"", "component = \"kart\""),
                        "trigger.http[0].component", 17, "no component 'kart'"),
                bad("trigger without route", GOOD.replace("route = \"/cart/...\"\n", ""),
                        "trigger.http[0].route", 15, "required"),
                bad("route without leading slash", GOOD.replace("route = \"/cart/...\"", "route = \"cart/...\""),
                        "trigger.http[0].route", 16, "must start with '/'"),
                bad("duplicate route", GOOD.replace("route = \"/\"", "route = \"/cart/...\""),
                        "trigger.http[1].route", 20, "already served"),
                bad("wildcard in the middle", GOOD.replace("route = \"/cart/...\"", "route = \"/cart/.../x\""),
                        "trigger.http[0].route", 16, "wildcard may only end"),
                bad("variable template names an undeclared variable", GOOD.replace("{{ api_host }}", "{{ api_hots }}"),
                        "component.cart.variables", 31, "api_hots"),
                bad("variable with neither default nor required", GOOD.replace(
                        "api_host = { default = \"api.example.com\" }", "api_host = { secret = true }"),
                        "variables.api_host", 12, "exactly one of"),
                bad("upper-case variable name", GOOD.replace("token = { required", "Token = { required"),
                        "variables.Token", 13, "lower-case"),
                bad("bad memory size", GOOD.replace("memory = \"64MiB\"", "memory = \"lots\""),
                        "component.cart.limits.memory", 36, "expected a size"),
                bad("bad deadline", GOOD.replace("deadline = \"500ms\"", "deadline = \"soon\""),
                        "component.cart.limits.deadline", 37, "expected a duration"),
                bad("unknown limit", GOOD.replace("deadline = \"500ms\"", "fuel = 10"),
                        "component.cart.limits.fuel", 37, "unknown key"),
                bad("redis store without url", GOOD.replace("url = \"redis://127.0.0.1:6379\"\n", ""),
                        "key_value_store.sessions.url", 45, "needs url"),
                bad("unknown store type", GOOD.replace("type = \"redis\"", "type = \"dynamo\""),
                        "key_value_store.sessions.type", 46, "unknown store type"),
                bad("glob in files", GOOD.replace("files = [\"static\"", "files = [\"static/**\""),
                        "component.cart.files", 30, "glob"),
                bad("file mount outside the app", GOOD.replace("source = \"assets\"", "source = \"../etc\""),
                        "component.cart.files[1].source", 30, "outside the application folder"),
                bad("environment value not a string", GOOD.replace("LOG = \"debug\"", "LOG = 3"),
                        "component.cart.environment", 29, "must be a string"),
                bad("old allowed_http_hosts", GOOD.replace("key_value_stores = [\"default\", \"sessions\"]",
                        "allowed_http_hosts = [\"example.com\"]"), "component.cart.allowed_http_hosts", 33,
                        "replaced by allowed_outbound_hosts"),
                bad("component id not kebab-case", GOOD.replace("[component.home]", "[component.Home]")
                        .replace("[component.home.build]", "[component.Home.build]"), "component.Home", 39, "kebab-case"),
                bad("manifest version 1", GOOD.replace("spin_manifest_version = 2", "spin_manifest_version = 1"),
                        "spin_manifest_version", 1, "version 2"));
    }

    private static Arguments bad(String what, String text, String key, int line, String problem) {
        return Arguments.of(what, text, key, line, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badManifests")
    void aBadKeyIsNamedWithItsLine(String what, String text, String key, int line, String problem) {
        ManifestException e = assertThrows(ManifestException.class, () -> ManifestReader.parse(FILE, text));
        assertEquals(key, e.key(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith("weft.toml:" + line + ": " + key + ": "), e.getMessage());
    }

    @Test
    void tomlSyntaxErrorsGiveTheParsersLine() {
        ManifestException e = assertThrows(ManifestException.class, () -> ManifestReader.parse(FILE, """
                [application]
                name = "x"
                version = "1
                """));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.problem().startsWith("invalid TOML"), e.getMessage());
    }

    @Test
    void aManifestNeedsAComponent() {
        ManifestException e = assertThrows(ManifestException.class,
                () -> ManifestReader.parse(FILE, "[application]\nname = \"x\"\n"));
        assertEquals("component", e.key());
    }
}
