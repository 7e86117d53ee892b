package dev.weft.app.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.weft.app.PatternException;
import dev.weft.app.manifest.AppManifest;
import dev.weft.app.manifest.ComponentSpec;
import dev.weft.app.manifest.ManifestException;
import dev.weft.app.manifest.VariableSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every application variable its value, first found wins: the environment ({@code WEFT_VAR_<NAME>}, or
 * Spin's {@code SPIN_VARIABLE_<NAME>}), then a variables file (TOML, {@code name = "value"}), then the manifest's
 * {@code default}. A {@code required} variable without a value refuses the app.
 */
public final class VariableResolver {
    private final AppManifest manifest;
    private final Map<String, String> values;

    private VariableResolver(AppManifest manifest, Map<String, String> values) {
        this.manifest = manifest;
        this.values = Map.copyOf(values);
    }

    /** Resolves from the process environment and no file. */
    public static VariableResolver resolve(AppManifest manifest) throws ManifestException {
        return resolve(manifest, System.getenv(), Optional.empty());
    }

    public static VariableResolver resolve(AppManifest manifest, Map<String, String> env, Optional<Path> varsFile)
            throws ManifestException {
        Map<String, String> fromFile = varsFile.isPresent() ? readFile(varsFile.get()) : Map.of();
        Map<String, String> values = new HashMap<>();
        for (VariableSpec v : manifest.variables().values()) {
            String upper = v.name().toUpperCase(Locale.ROOT);
            String value = env.get("WEFT_VAR_" + upper);
            if (value == null) {
                value = env.get("SPIN_VARIABLE_" + upper);
            }
            if (value == null) {
                value = fromFile.get(v.name());
            }
            if (value == null) {
                value = v.defaultValue().orElse(null);
            }
            if (value == null) {
                throw new ManifestException(manifest.file(), v.line(), "variables." + v.name(),
                        "required variable has no value: set WEFT_VAR_" + upper + " or give it in a variables file");
            }
            values.put(v.name(), value);
        }
        return new VariableResolver(manifest, values);
    }

    private static Map<String, String> readFile(Path file) throws ManifestException {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new ManifestException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    "invalid TOML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ManifestException(file, 0, "", "cannot read the variables file: " + e.getMessage());
        }
        Map<String, String> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isValueNode()) {
                throw new ManifestException(file, 0, e.getKey(), "expected a string value");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    /** The application variables' values. */
    public Map<String, String> values() {
        return values;
    }

    /** What {@code wasi:config/store} serves to {@code component}: its {@code variables}, templates rendered. */
    public Map<String, String> componentConfig(ComponentSpec component) {
        Map<String, String> out = new LinkedHashMap<>();
        component.variables().forEach((key, text) -> out.put(key, render(text)));
        return out;
    }

    /** Renders a manifest template (the manifest reader has checked its references). */
    public String render(String text) {
        try {
            return Template.parse(text).render(values);
        } catch (PatternException e) {
            throw new IllegalStateException("template of " + manifest.file() + " was not checked: " + e.getMessage(), e);
        }
    }
}
