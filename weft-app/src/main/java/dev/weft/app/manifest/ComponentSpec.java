package dev.weft.app.manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One {@code [component.<id>]} (or {@code [[component]]} with {@code id}).
 *
 * @param source the component's {@code .wasm}, resolved against the manifest folder
 * @param environment {@code environment = { NAME = "value" }}: the guest's environment variables
 * @param files read-only mounts ({@code files = ["static", { source = "assets", destination = "/a" }]})
 * @param variables {@code variables = { key = "template {{ app_var }}" }}: what {@code wasi:config/store} serves
 * @param allowedOutboundHosts patterns such as {@code https://api.example.com} or {@code *://*.example.com:443}
 * @param keyValueStores labels the component may {@code open} (each declared or {@code default})
 * @param line the line of the component's table
 */
public record ComponentSpec(String id, Path source, Map<String, String> environment, List<FileMount> files,
        Map<String, String> variables, List<String> allowedOutboundHosts, List<String> keyValueStores,
        Limits limits, int line) {
    public ComponentSpec {
        environment = Map.copyOf(environment);
        files = List.copyOf(files);
        variables = Map.copyOf(variables);
        allowedOutboundHosts = List.copyOf(allowedOutboundHosts);
        keyValueStores = List.copyOf(keyValueStores);
    }

    /** A host file or folder mounted read-only at {@code guestPath}. */
    public record FileMount(Path hostPath, String guestPath) {
    }
}
