package dev.weft.app.manifest;

import java.util.Optional;

/**
 * {@code [key_value_store.<label>]}: where a store's data lives. {@code type = "embedded"} (the default: a file in
 * the app's {@code .weft/} folder) or {@code type = "redis"} with {@code url = "redis://host:port"} and an optional
 * key {@code prefix}.
 */
public record KeyValueStoreSpec(String label, Kind kind, Optional<String> url, String prefix, int line) {
    /** The backend kind. */
    public enum Kind {
        EMBEDDED, REDIS
    }

    public static KeyValueStoreSpec embedded(String label) {
        return new KeyValueStoreSpec(label, Kind.EMBEDDED, Optional.empty(), "", 0);
    }
}
