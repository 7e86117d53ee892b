package dev.weft.component.validate;

import dev.weft.component.types.CoreModuleType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Core modules that already validated in this JVM, by SHA-256 of their bytes. Validating a large module with
 * Endive means decoding every function body (about 30 s for the 12 MB StarlingMonkey module of a componentize-js
 * component), so a server that decodes the same component again, or several components sharing an adapter module,
 * skips that work. Only successes are cached; bounded, least recently used first out.
 */
final class ValidatedModuleCache {
    private static final int MAX_ENTRIES = 256;
    /** Modules smaller than this validate faster than they hash and look up; not worth caching. */
    private static final int MIN_BYTES = 4 * 1024;

    private static final Map<String, CoreModuleType> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CoreModuleType> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private ValidatedModuleCache() {
    }

    static Optional<String> keyOf(byte[] module) {
        if (module.length < MIN_BYTES) {
            return Optional.empty();
        }
        return Optional.of(ModuleDigests.sha256Hex(module));
    }

    static synchronized Optional<CoreModuleType> get(String key) {
        return Optional.ofNullable(CACHE.get(key));
    }

    static synchronized void put(String key, CoreModuleType type) {
        CACHE.put(key, type);
    }
}
