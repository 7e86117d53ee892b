package dev.weft.runtime;

import dev.weft.testkit.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The componentize-js fixtures: skipped only where they cannot be built (no node), failed when merely unbuilt. */
final class JsFixture {
    private JsFixture() {
    }

    static void requireBuilt(String name) {
        Path built = Fixtures.buildDir().resolve(name + ".wasm");
        if (!Files.isRegularFile(built)) {
            Assumptions.assumeTrue(nodeAvailable(), "fixtures/build/" + name + ".wasm is missing and `node` is not on"
                    + " the PATH, so scripts/build-fixtures.sh cannot build it (componentize-js + jco need Node)");
        }
        Fixtures.component(name); // fails with the build hint when node exists but the fixture was not built
    }

    static byte[] bytes(String name) {
        return Fixtures.componentBytes(name);
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }
}
