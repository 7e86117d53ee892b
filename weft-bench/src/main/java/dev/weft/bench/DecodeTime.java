package dev.weft.bench;

import dev.weft.component.Component;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold {@code Component.decode} (decode + validate) of a component in a fresh JVM, the part of every
 * {@code weft run} before linking. Run it twice with the same {@code WEFT_CACHE_DIR}: the second run finds the
 * core modules' validation markers. Usage: {@code java -cp benchmarks.jar dev.weft.bench.DecodeTime file.wasm}.
 */
public final class DecodeTime {
    private DecodeTime() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Component component = Component.decode(Files.readAllBytes(Path.of(args[0])));
        System.out.printf("decode+validate %.0f ms (%d imports)%n", (System.nanoTime() - start) / 1e6,
                component.imports().size());
    }
}
