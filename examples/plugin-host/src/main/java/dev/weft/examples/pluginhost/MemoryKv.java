package dev.weft.examples.pluginhost;

import dev.weft.examples.pluginhost.bindings.Host;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The host's key-value store, lent to plugins as a {@code borrow<kv>} handle. */
public final class MemoryKv implements Host.Kv {
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void set(String key, String value) {
        entries.put(key, value);
    }

    /** A copy of the entries. */
    public Map<String, String> snapshot() {
        return Map.copyOf(entries);
    }
}
