package dev.weft.component.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * On-disk record of the large core modules that passed validation, by SHA-256 of their bytes, so that a later
 * process decoding the same component (e.g. every {@code weft run} of a 12 MB componentize-js component) derives
 * the module's type from its import/export sections instead of decoding and validating every function body again
 * (17 s in a cold JVM). One empty file per module, named after its hash and the validating Endive's version, under
 * {@code $WEFT_CACHE_DIR/validated} (default {@code ~/.cache/weft/validated}), next to the compile cache, which is
 * trusted the same way. Set {@code WEFT_VALIDATION_CACHE=off} (or system property {@code weft.validationCache=off})
 * to always validate. Failures to read or write are ignored: the module is then simply validated.
 */
final class ValidationMarkers {
    /** Bump when Weft's own core-module checks change, so older markers no longer count. */
    private static final int FORMAT = 1;
    private static final String TAG = "v" + FORMAT + "-endive-" + endiveVersion();
    private static final Optional<Path> DIR = directory();

    private ValidationMarkers() {
    }

    /** True if a module hashing to {@code sha256} (hex) validated before with this Endive. */
    static boolean contains(String sha256) {
        return DIR.isPresent() && Files.isRegularFile(DIR.get().resolve(sha256 + "." + TAG));
    }

    /** Records that the module hashing to {@code sha256} validated. */
    static void record(String sha256) {
        if (DIR.isEmpty()) {
            return;
        }
        Path target = DIR.get().resolve(sha256 + "." + TAG);
        try {
            Files.createDirectories(DIR.get());
            Path tmp = Files.createTempFile(DIR.get(), sha256, ".tmp");
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // best effort: the module is validated again next time
        }
    }

    private static Optional<Path> directory() {
        String off = System.getProperty("weft.validationCache", System.getenv("WEFT_VALIDATION_CACHE"));
        if ("off".equalsIgnoreCase(off) || TAG.endsWith("unknown")) {
            return Optional.empty();
        }
        String env = System.getenv("WEFT_CACHE_DIR");
        Path root = env != null && !env.isBlank()
                ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "weft");
        return Optional.of(root.resolve("validated"));
    }

    private static String endiveVersion() {
        try (InputStream in = ValidationMarkers.class.getResourceAsStream(
                "/META-INF/maven/run.endive/wasm/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            var props = new Properties();
            props.load(in);
            return props.getProperty("version", "unknown").trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
