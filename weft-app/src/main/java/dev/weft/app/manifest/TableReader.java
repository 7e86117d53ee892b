package dev.weft.app.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one TOML table with typed getters; every error names the dotted key and its line. */
final class TableReader {
    private final Path file;
    private final KeyLocator locator;
    private final String path;
    private final JsonNode node;

    TableReader(Path file, KeyLocator locator, String path, JsonNode node) {
        this.file = file;
        this.locator = locator;
        this.path = path;
        this.node = node;
    }

    String path() {
        return path;
    }

    int line() {
        return locator.lineOf(path);
    }

    String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    ManifestException error(String key, String problem) {
        String p = key.isEmpty() ? path : keyPath(key);
        return new ManifestException(file, locator.lineOf(p), p, problem);
    }

    ManifestException errorAt(String fullPath, String problem) {
        return new ManifestException(file, locator.lineOf(fullPath), fullPath, problem);
    }

    /** Fails on any key not in {@code allowed}. */
    void onlyKeys(Set<String> allowed) throws ManifestException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw error(key, "unknown key (expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    boolean has(String key) {
        return node.has(key);
    }

    Iterable<String> keys() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    JsonNode raw(String key) {
        return node.get(key);
    }

    String requiredString(String key) throws ManifestException {
        return optionalString(key).orElseThrow(() -> error(key, "required string is missing"));
    }

    Optional<String> optionalString(String key) throws ManifestException {
        JsonNode v = node.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw error(key, "expected a string, found " + describe(v));
        }
        return Optional.of(v.asText());
    }

    Optional<Boolean> optionalBool(String key) throws ManifestException {
        JsonNode v = node.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw error(key, "expected true or false, found " + describe(v));
        }
        return Optional.of(v.asBoolean());
    }

    List<String> stringList(String key) throws ManifestException {
        JsonNode v = node.get(key);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw error(key, "expected an array of strings, found " + describe(v));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw error(key, "expected an array of strings, found an element " + describe(e));
            }
            out.add(e.asText());
        }
        return out;
    }

    Map<String, String> stringMap(String key) throws ManifestException {
        JsonNode v = node.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!v.isObject()) {
            throw error(key, "expected a table of strings, found " + describe(v));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isTextual()) {
                throw error(key, "value of " + e.getKey() + " must be a string, found " + describe(e.getValue()));
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    TableReader table(String key) throws ManifestException {
        JsonNode v = node.get(key);
        if (v == null || !v.isObject()) {
            throw error(key, "expected a table, found " + (v == null ? "nothing" : describe(v)));
        }
        return new TableReader(file, locator, keyPath(key), v);
    }

    /** An element of an array of tables: {@code key[index]}. */
    TableReader element(String key, int index) throws ManifestException {
        JsonNode v = node.get(key).get(index);
        String p = keyPath(key) + "[" + index + "]";
        if (v == null || !v.isObject()) {
            throw errorAt(p, "expected a table, found " + (v == null ? "nothing" : describe(v)));
        }
        return new TableReader(file, locator, p, v);
    }

    static String describe(JsonNode v) {
        if (v.isTextual()) {
            return "a string";
        }
        if (v.isIntegralNumber()) {
            return "an integer";
        }
        if (v.isNumber()) {
            return "a float";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "a table";
        }
        return "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
