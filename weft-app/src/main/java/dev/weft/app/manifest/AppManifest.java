package dev.weft.app.manifest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed and validated {@code weft.toml}: the application, its variables, components, HTTP routes and key-value
 * stores. Shaped like Spin's {@code spin.toml} (manifest version 2). Load it with {@link ManifestReader#read}.
 *
 * @param file the manifest file (relative paths in it are resolved against its folder)
 * @param httpBase the {@code [application.trigger.http] base} path ({@code /} by default)
 * @param components by id, in manifest order
 * @param keyValueStores declared stores by label; {@code default} is always present (embedded unless declared)
 */
public record AppManifest(Path file, ApplicationInfo application, Map<String, VariableSpec> variables,
        Map<String, ComponentSpec> components, String httpBase, List<HttpTriggerSpec> httpTriggers,
        Map<String, KeyValueStoreSpec> keyValueStores) {
    public AppManifest {
        variables = Map.copyOf(variables);
        components = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(components));
        httpTriggers = List.copyOf(httpTriggers);
        keyValueStores = Map.copyOf(keyValueStores);
    }

    /** The folder holding the manifest; relative paths in it are resolved against it. */
    public Path baseDir() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }

    /** The app's state folder: {@code .weft/} next to the manifest (embedded key-value data lives here). */
    public Path stateDir() {
        return baseDir().resolve(".weft");
    }

    public Optional<ComponentSpec> component(String id) {
        return Optional.ofNullable(components.get(id));
    }

    /** {@code [application]}: name, version and description. */
    public record ApplicationInfo(String name, String version, Optional<String> description) {
    }
}
