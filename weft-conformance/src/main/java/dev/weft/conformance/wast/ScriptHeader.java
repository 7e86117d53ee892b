package dev.weft.conformance.wast;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code ;;! name = value} lines with which Wasmtime's scripts name the features (and other settings) they
 * need, e.g. {@code ;;! component_model_async = true}.
 */
public record ScriptHeader(Map<String, String> settings) {
    public ScriptHeader {
        settings = Map.copyOf(settings);
    }

    public static final ScriptHeader EMPTY = new ScriptHeader(Map.of());

    /** Reads every line of {@code source} that starts with {@code ;;!}. Lines without {@code =} are ignored. */
    public static ScriptHeader read(String source) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : source.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.startsWith(";;!")) {
                continue;
            }
            String setting = trimmed.substring(3);
            int eq = setting.indexOf('=');
            if (eq > 0) {
                settings.put(setting.substring(0, eq).strip(), setting.substring(eq + 1).strip());
            }
        }
        return new ScriptHeader(settings);
    }

    /** Settings whose value is {@code true}: the features the script needs. */
    public Set<String> enabled() {
        return withValue("true");
    }

    /** Settings whose value is {@code false}: features the script needs switched off. */
    public Set<String> disabled() {
        return withValue("false");
    }

    private Set<String> withValue(String value) {
        Set<String> names = new TreeSet<>();
        settings.forEach((name, v) -> {
            if (v.equals(value)) {
                names.add(name);
            }
        });
        return names;
    }
}
