package dev.weft.runtime.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Loads the committed test modules (src/test/resources/engine/*.wasm, built from *.wat by rebuild.sh). */
final class TestModules {

    private TestModules() {}

    static byte[] bytes(String name) {
        try (InputStream in = TestModules.class.getResourceAsStream("/engine/" + name + ".wasm")) {
            if (in == null) {
                throw new IllegalArgumentException("no test module " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An engine without a disk cache, so tests do not touch the user's cache directory. */
    static CoreEngine memoryOnlyEngine() {
        return CoreEngine.create(Optional.empty());
    }
}
