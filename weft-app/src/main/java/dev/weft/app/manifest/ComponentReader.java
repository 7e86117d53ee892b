package dev.weft.app.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.app.PatternException;
import dev.weft.app.config.Template;
import dev.weft.app.outbound.HostPattern;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one component table of {@code weft.toml}. */
final class ComponentReader {
    private static final Set<String> KEYS = Set.of("source", "description", "environment", "files", "variables",
            "allowed_outbound_hosts", "allowed_http_hosts", "key_value_stores", "limits", "build");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]i?B?|B)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)");

    private final Path base;
    private final Map<String, VariableSpec> variables;
    private final Map<String, KeyValueStoreSpec> stores;

    ComponentReader(Path base, Map<String, VariableSpec> variables, Map<String, KeyValueStoreSpec> stores) {
        this.base = base;
        this.variables = variables;
        this.stores = stores;
    }

    ComponentSpec read(String id, TableReader t, boolean arrayForm) throws ManifestException {
        Set<String> allowed = new HashSet<>(KEYS);
        if (arrayForm) {
            allowed.add("id");
        }
        t.onlyKeys(allowed);
        if (t.has("allowed_http_hosts")) {
            throw t.error("allowed_http_hosts", "replaced by allowed_outbound_hosts = [\"https://host\"]");
        }
        JsonNode source = t.raw("source");
        if (source != null && !source.isTextual()) {
            throw t.error("source", "expected a path to a .wasm file (remote sources are not supported)");
        }
        String src = t.requiredString("source");
        if (!src.endsWith(".wasm")) {
            throw t.error("source", "expected a path to a .wasm file, got '" + src + "'");
        }
        t.optionalString("description");
        Map<String, String> environment = t.stringMap("environment");
        Map<String, String> vars = t.stringMap("variables");
        for (var e : vars.entrySet()) {
            if (!ManifestReader.VARIABLE_NAME.matcher(e.getKey()).matches()) {
                throw t.error("variables", "variable name '" + e.getKey() + "' must be lower-case letters, digits and '_'");
            }
            checkTemplate(t, "variables", e.getValue());
        }
        List<String> hosts = t.stringList("allowed_outbound_hosts");
        for (String host : hosts) {
            if (host.contains("{{")) {
                checkTemplate(t, "allowed_outbound_hosts", host);
                continue;
            }
            try {
                HostPattern.parse(host);
            } catch (PatternException e) {
                throw t.error("allowed_outbound_hosts", e.getMessage());
            }
        }
        List<String> kv = t.stringList("key_value_stores");
        for (String label : kv) {
            if (!stores.containsKey(label)) {
                throw t.error("key_value_stores", "no store '" + label + "' (declare [key_value_store." + label
                        + "] or use \"default\")");
            }
        }
        return new ComponentSpec(id, base.resolve(src).normalize(), environment, files(t), vars, hosts, kv,
                limits(t), t.line());
    }

    private void checkTemplate(TableReader t, String key, String text) throws ManifestException {
        try {
            for (String name : Template.parse(text).references()) {
                if (!variables.containsKey(name)) {
                    throw t.error(key, "'" + text + "' refers to {{ " + name + " }}, which [variables] does not declare");
                }
            }
        } catch (PatternException e) {
            throw t.error(key, e.getMessage());
        }
    }

    private List<ComponentSpec.FileMount> files(TableReader t) throws ManifestException {
        JsonNode files = t.raw("files");
        List<ComponentSpec.FileMount> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        if (!files.isArray()) {
            throw t.error("files", "expected an array of paths or { source, destination } tables");
        }
        for (int i = 0; i < files.size(); i++) {
            JsonNode f = files.get(i);
            if (f.isTextual()) {
                String p = f.asText();
                if (p.contains("*") || p.contains("?")) {
                    throw t.error("files", "glob patterns are not supported ('" + p + "'): mount a folder instead");
                }
                out.add(new ComponentSpec.FileMount(resolveInside(t, "files", p), "/" + p.replace('\\', '/').replaceFirst("^\\./", "")));
            } else if (f.isObject()) {
                TableReader m = t.element("files", i);
                m.onlyKeys(Set.of("source", "destination"));
                String dest = m.requiredString("destination");
                if (!dest.startsWith("/")) {
                    throw m.error("destination", "must be an absolute guest path, got '" + dest + "'");
                }
                out.add(new ComponentSpec.FileMount(resolveInside(m, "source", m.requiredString("source")), dest));
            } else {
                throw t.error("files", "expected a path or { source, destination }, found " + TableReader.describe(f));
            }
        }
        return out;
    }

    private Path resolveInside(TableReader t, String key, String relative) throws ManifestException {
        Path p = base.resolve(relative).normalize();
        if (!p.startsWith(base)) {
            throw t.error(key, "'" + relative + "' is outside the application folder");
        }
        return p;
    }

    private Limits limits(TableReader t) throws ManifestException {
        if (!t.has("limits")) {
            return Limits.NONE;
        }
        TableReader l = t.table("limits");
        l.onlyKeys(Set.of("memory", "deadline"));
        OptionalLong memory = OptionalLong.empty();
        JsonNode m = l.raw("memory");
        if (m != null) {
            memory = OptionalLong.of(m.isIntegralNumber() ? m.asLong() : size(l, m));
            if (memory.getAsLong() <= 0) {
                throw l.error("memory", "must be positive");
            }
        }
        Optional<Duration> deadline = Optional.empty();
        JsonNode d = l.raw("deadline");
        if (d != null) {
            deadline = Optional.of(d.isIntegralNumber() ? Duration.ofMillis(d.asLong()) : duration(l, d));
            if (deadline.get().isNegative() || deadline.get().isZero()) {
                throw l.error("deadline", "must be positive");
            }
        }
        return new Limits(memory, deadline);
    }

    private static long size(TableReader l, JsonNode m) throws ManifestException {
        Matcher x = m.isTextual() ? SIZE.matcher(m.asText().trim()) : null;
        if (x == null || !x.matches()) {
            throw l.error("memory", "expected a size such as \"64MiB\" or a byte count");
        }
        long n = Long.parseLong(x.group(1));
        String unit = x.group(2) == null ? "" : x.group(2).toUpperCase(Locale.ROOT);
        return switch (unit.isEmpty() ? ' ' : unit.charAt(0)) {
            case 'K' -> n << 10;
            case 'M' -> n << 20;
            case 'G' -> n << 30;
            default -> n;
        };
    }

    private static Duration duration(TableReader l, JsonNode d) throws ManifestException {
        Matcher x = d.isTextual() ? DURATION.matcher(d.asText().trim()) : null;
        if (x == null || !x.matches()) {
            throw l.error("deadline", "expected a duration such as \"500ms\", \"5s\" or \"1m\", or milliseconds");
        }
        long n = Long.parseLong(x.group(1));
        return switch (x.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMinutes(n);
        };
    }
}
