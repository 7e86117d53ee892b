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
            endiveVersion());

    /** Filename-safe suffix for cache keys. */
    String cacheTag() {
        return "f" + CACHE_FORMAT + "-weft-" + weft + "-endive-" + endive;
    }

    /**
     * Endive's Maven version; where a repackaged jar dropped its pom.properties, a digest of the compiler's and
     * runtime's key classes instead, so that code compiled by another Endive is never loaded.
     */
    private static String endiveVersion() {
        String version = read("/META-INF/maven/run.endive/compiler/pom.properties", "version");
        if (!version.equals("unknown")) {
            return version;
        }
        var digest = new java.io.ByteArrayOutputStream();
        Class<?>[] keyClasses = {run.endive.compiler.internal.Compiler.class, run.endive.runtime.Instance.class};
        for (Class<?> c : keyClasses) {
            try (InputStream in = c.getResourceAsStream("/" + c.getName().replace('.', '/') + ".class")) {
                if (in != null) {
                    digest.writeBytes(in.readAllBytes());
                }
            } catch (IOException e) {
                return "unknown";
            }
        }
        return "classes-" + java.util.HexFormat.of().formatHex(DiskCompileCache.sha256(digest.toByteArray()), 0, 6);
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
