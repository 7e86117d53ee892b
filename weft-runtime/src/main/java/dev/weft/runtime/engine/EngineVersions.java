package dev.weft.runtime.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions that decide whether cached compiled code is still usable. */
record EngineVersions(String weft, String endive) {

    /** Bump when the layout of a cache entry or of the generated classes' naming changes. */
    static final int CACHE_FORMAT = 1;

    static final EngineVersions CURRENT = new EngineVersions(
            read("/dev/weft/runtime/engine/weft-version.properties", "weft.version"),
            read("/META-INF/maven/run.endive/compiler/pom.properties", "version"));

    /** Filename-safe suffix for cache keys. */
    String cacheTag() {
        return "f" + CACHE_FORMAT + "-weft-" + weft + "-endive-" + endive;
    }

    private static String read(String resource, String key) {
        try (InputStream in = EngineVersions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            var props = new Properties();
            props.load(in);
            String value = props.getProperty(key, "unknown").trim();
            return value.isEmpty() || value.startsWith("${") ? "unknown" : value;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
