package dev.weft.app.keyvalue;

import dev.weft.app.manifest.AppManifest;
import dev.weft.app.manifest.KeyValueStoreSpec;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The key-value stores of one application by label, each opened on first use and shared by every component and
 * instance: embedded ones in {@code <stateDir>/keyvalue.mv.db}, Redis ones on their server. Thread-safe.
 */
public final class KeyValueStores implements AutoCloseable {
    /** Keys per {@code list-keys} page unless configured otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 1000;

    private final Path stateDir;
    private final Map<String, KeyValueStoreSpec> specs;
    private final int pageSize;
    private final Map<String, KeyValueBackend> open = new HashMap<>();
    private EmbeddedKeyValueFile embedded;

    public KeyValueStores(Path stateDir, Map<String, KeyValueStoreSpec> specs, int pageSize) {
        this.stateDir = stateDir;
        this.specs = Map.copyOf(specs);
        this.pageSize = pageSize;
    }

    /** The stores a manifest declares (plus {@code default}), embedded data under its {@code .weft/}. */
    public static KeyValueStores of(AppManifest manifest) {
        return new KeyValueStores(manifest.stateDir(), manifest.keyValueStores(), DEFAULT_PAGE_SIZE);
    }

    public boolean isDeclared(String label) {
        return specs.containsKey(label);
    }

    public List<String> labels() {
        return List.copyOf(specs.keySet());
    }

    /** The backend for {@code label}, opening it on first use. */
    public synchronized KeyValueBackend backend(String label) throws KeyValueException {
        KeyValueBackend b = open.get(label);
        if (b != null) {
            return b;
        }
        KeyValueStoreSpec spec = specs.get(label);
        if (spec == null) {
            throw new KeyValueException("no key-value store '" + label + "'");
        }
        b = switch (spec.kind()) {
            case EMBEDDED -> {
                if (embedded == null) {
                    embedded = EmbeddedKeyValueFile.open(stateDir);
                }
                yield embedded.backend(label, pageSize);
            }
            case REDIS -> RedisBackend.connect(URI.create(spec.url().orElseThrow()), spec.prefix(), pageSize);
        };
        open.put(label, b);
        return b;
    }

    @Override
    public synchronized void close() {
        open.values().forEach(KeyValueBackend::close);
        open.clear();
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
