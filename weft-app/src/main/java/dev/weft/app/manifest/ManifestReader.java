package dev.weft.app.manifest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.weft.app.PatternException;
import dev.weft.app.route.RoutePattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses {@code weft.toml} (TOML via Jackson's TOML data format) into an {@link AppManifest}, rejecting unknown
 * keys, wrong types and dangling references with a {@link ManifestException} that names the key and line.
 *
 * <pre>{@code
 * spin_manifest_version = 2          # optional; 2 if present
 * [application]
 * name = "shop"
 * version = "1.0.0"
 * [application.trigger.http]
 * base = "/"
 * [variables]
 * api_key = { required = true, secret = true }
 * [[trigger.http]]
 * route = "/cart/..."
 * component = "cart"
 * [component.cart]
 * source = "cart.wasm"
 * variables = { key = "{{ api_key }}" }
 * allowed_outbound_hosts = ["https://api.example.com"]
 * key_value_stores = ["default"]
 * [key_value_store.default]
 * type = "redis"
 * url = "redis://127.0.0.1:6379"
 * }</pre>
 */
public final class ManifestReader {
    static final Pattern VARIABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern COMPONENT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern STORE_LABEL = Pattern.compile("[a-z0-9_-]+");

    private ManifestReader() {
    }

    /** Reads and validates the manifest at {@code file}. */
    public static AppManifest read(Path file) throws ManifestException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ManifestException(file, 0, "", "cannot read the manifest: " + e.getMessage());
        }
        return parse(file, text);
    }

    /** Parses manifest {@code text} as if read from {@code file} (paths resolve against its folder). */
    public static AppManifest parse(Path file, String text) throws ManifestException {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new ManifestException(file, at == null ? 0 : at.getLineNr(), "", "invalid TOML: " + e.getOriginalMessage());
        }
        TableReader top = new TableReader(file, new KeyLocator(text), "", root);
        top.onlyKeys(Set.of("spin_manifest_version", "application", "variables", "trigger", "component",
                "key_value_store"));
        if (top.has("spin_manifest_version") && top.raw("spin_manifest_version").asInt(-1) != 2) {
            throw top.error("spin_manifest_version", "only manifest version 2 is supported");
        }
        Path base = file.toAbsolutePath().getParent();
        var application = top.table("application");
        application.onlyKeys(Set.of("name", "version", "description", "authors", "trigger"));
        var info = new AppManifest.ApplicationInfo(application.requiredString("name"),
                application.optionalString("version").orElse("0.0.0"), application.optionalString("description"));
        application.stringList("authors");
        String httpBase = "/";
        if (application.has("trigger")) {
            var triggers = application.table("trigger");
            triggers.onlyKeys(Set.of("http"));
            var http = triggers.table("http");
            http.onlyKeys(Set.of("base"));
            httpBase = http.optionalString("base").orElse("/");
            if (!httpBase.startsWith("/")) {
                throw http.error("base", "must start with '/'");
            }
        }
        Map<String, VariableSpec> variables = variables(top);
        Map<String, KeyValueStoreSpec> stores = stores(top);
        Map<String, ComponentSpec> components = components(top, base, variables, stores);
        List<HttpTriggerSpec> triggers = httpTriggers(top, components);
        return new AppManifest(file, info, variables, components, httpBase, triggers, stores);
    }

    private static Map<String, VariableSpec> variables(TableReader top) throws ManifestException {
        Map<String, VariableSpec> out = new LinkedHashMap<>();
        if (!top.has("variables")) {
            return out;
        }
        TableReader vars = top.table("variables");
        for (String name : vars.keys()) {
            if (!VARIABLE_NAME.matcher(name).matches()) {
                throw vars.error(name, "variable names are lower-case letters, digits and '_', starting with a letter");
            }
            TableReader v = vars.table(name);
            v.onlyKeys(Set.of("default", "required", "secret", "description"));
            Optional<String> def = v.optionalString("default");
            boolean required = v.optionalBool("required").orElse(false);
            v.optionalString("description");
            if (required == def.isPresent()) {
                throw vars.error(name, "give exactly one of default = \"...\" or required = true");
            }
            out.put(name, new VariableSpec(name, def, required, v.optionalBool("secret").orElse(false), v.line()));
        }
        return out;
    }

    private static Map<String, KeyValueStoreSpec> stores(TableReader top) throws ManifestException {
        Map<String, KeyValueStoreSpec> out = new LinkedHashMap<>();
        out.put("default", KeyValueStoreSpec.embedded("default"));
        if (!top.has("key_value_store")) {
            return out;
        }
        TableReader all = top.table("key_value_store");
        for (String label : all.keys()) {
            if (!STORE_LABEL.matcher(label).matches()) {
                throw all.error(label, "store labels are lower-case letters, digits, '-' and '_'");
            }
            TableReader s = all.table(label);
            s.onlyKeys(Set.of("type", "url", "prefix"));
            String type = s.optionalString("type").orElse("embedded");
            KeyValueStoreSpec.Kind kind = switch (type) {
                case "embedded", "spin" -> KeyValueStoreSpec.Kind.EMBEDDED;
                case "redis" -> KeyValueStoreSpec.Kind.REDIS;
                default -> throw s.error("type", "unknown store type '" + type + "' (expected embedded or redis)");
            };
            Optional<String> url = s.optionalString("url");
            if (kind == KeyValueStoreSpec.Kind.REDIS && url.isEmpty()) {
                throw s.error("url", "a redis store needs url = \"redis://host:port\"");
            }
            if (kind == KeyValueStoreSpec.Kind.EMBEDDED && url.isPresent()) {
                throw s.error("url", "an embedded store takes no url");
            }
            if (url.isPresent() && !url.get().startsWith("redis://") && !url.get().startsWith("rediss://")) {
                throw s.error("url", "expected redis://host:port, got '" + url.get() + "'");
            }
            out.put(label, new KeyValueStoreSpec(label, kind, url, s.optionalString("prefix").orElse(""), s.line()));
        }
        return out;
    }

    private static Map<String, ComponentSpec> components(TableReader top, Path base, Map<String, VariableSpec> vars,
            Map<String, KeyValueStoreSpec> stores) throws ManifestException {
        Map<String, ComponentSpec> out = new LinkedHashMap<>();
        if (!top.has("component")) {
            throw top.error("component", "an application needs at least one [component.<id>]");
        }
        JsonNode node = top.raw("component");
        ComponentReader reader = new ComponentReader(base, vars, stores);
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                TableReader t = top.element("component", i);
                String id = t.requiredString("id");
                add(out, t, id, reader.read(id, t, true));
            }
        } else {
            TableReader all = top.table("component");
            for (String id : all.keys()) {
                add(out, all, id, reader.read(id, all.table(id), false));
            }
        }
        return out;
    }

    private static void add(Map<String, ComponentSpec> out, TableReader where, String id, ComponentSpec spec)
            throws ManifestException {
        if (!COMPONENT_ID.matcher(id).matches()) {
            throw where.error(where.path().equals("component") ? id : "id",
                    "component ids are lower-case letters and digits separated by '-' (kebab-case)");
        }
        if (out.putIfAbsent(id, spec) != null) {
            throw where.error("id", "component '" + id + "' is defined twice");
        }
    }

    private static List<HttpTriggerSpec> httpTriggers(TableReader top, Map<String, ComponentSpec> components)
            throws ManifestException {
        List<HttpTriggerSpec> out = new ArrayList<>();
        if (!top.has("trigger")) {
            return out;
        }
        TableReader triggers = top.table("trigger");
        triggers.onlyKeys(Set.of("http"));
        JsonNode http = triggers.raw("http");
        if (!http.isArray()) {
            throw triggers.error("http", "expected [[trigger.http]] tables");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < http.size(); i++) {
            TableReader t = triggers.element("http", i);
            t.onlyKeys(Set.of("route", "component", "id"));
            JsonNode routeNode = t.raw("route");
            Optional<String> route;
            if (routeNode == null) {
                throw t.error("route", "required: route = \"/path\" or route = { private = true }");
            } else if (routeNode.isObject()) {
                TableReader r = t.table("route");
                r.onlyKeys(Set.of("private"));
                if (!r.optionalBool("private").orElse(false)) {
                    throw t.error("route", "a table route must be { private = true }");
                }
                route = Optional.empty();
            } else {
                route = Optional.of(t.requiredString("route"));
                try {
                    RoutePattern pattern = RoutePattern.parse(route.get());
                    if (!seen.add(pattern.canonical())) {
                        throw t.error("route", "route " + route.get() + " is already served by another trigger");
                    }
                } catch (PatternException e) {
                    throw t.error("route", e.getMessage());
                }
            }
            if (t.raw("component") != null && !t.raw("component").isTextual()) {
                throw t.error("component", "inline components are not supported: name a [component.<id>]");
            }
            String component = t.requiredString("component");
            if (!components.containsKey(component)) {
                throw t.error("component", "no component '" + component + "' (defined: "
                        + String.join(", ", components.keySet()) + ")");
            }
            out.add(new HttpTriggerSpec(route, component, t.line()));
        }
        return out;
    }
}
