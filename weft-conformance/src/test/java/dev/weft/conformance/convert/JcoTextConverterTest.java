package dev.weft.conformance.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.conformance.RepoLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real node + jco converter (skipped with a message when fixtures/node_modules is absent). */
class JcoTextConverterTest {
    /** Binary.md: magic {@code \0asm}, version 0x0d 0x00, layer 0x01 0x00. */
    private static final byte[] COMPONENT_PREAMBLE = {0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00};

    @TempDir
    Path cacheDir;

    private Path nodeModules;

    @BeforeEach
    void needsJco() {
        nodeModules = RepoLayout.locate().nodeModules();
        Assumptions.assumeTrue(Files.isRegularFile(nodeModules.resolve("@bytecodealliance/jco/dist/api.js")),
                "jco not installed at " + nodeModules + " (run npm ci in fixtures/)");
    }

    @Test
    void convertsManyFormsInOneGoAndCachesThem() throws Exception {
        BinaryCache cache = new BinaryCache(cacheDir);
        String valid = "(component (core module))";
        String legacyIndex = "(component (core module $m (memory (export \"mem\") 1)) (core instance $i (instantiate $m))"
                + " (import \"f\" (func $f)) (core func (canon lower (func $f) (memory $i \"mem\"))))";
        String broken = "(component (frobnicate))";
        Map<String, Conversion> results = new JcoTextConverter(nodeModules, cache)
                .convertAll(List.of(valid, legacyIndex, broken));

        byte[] bytes = assertInstanceOf(Conversion.Converted.class, results.get(valid)).bytes();
        assertArrayEquals(COMPONENT_PREAMBLE, Arrays.copyOf(bytes, 8));
        assertInstanceOf(Conversion.Converted.class, results.get(legacyIndex));
        String message = assertInstanceOf(Conversion.Rejected.class, results.get(broken)).message();
        assertTrue(message.contains("expected valid component field"), message);

        assertTrue(Files.isRegularFile(cacheDir.resolve(BinaryCache.key(valid) + ".wasm")));
        assertTrue(Files.isRegularFile(cacheDir.resolve(BinaryCache.key(broken) + ".rejected")));

        // served from the cache: a converter that cannot start node still answers
        Map<String, Conversion> cached = new JcoTextConverter(nodeModules, cache, "/nonexistent/node")
                .convertAll(List.of(valid, broken));
        assertEquals(results.get(valid), cached.get(valid));
        assertEquals(results.get(broken), cached.get(broken));
    }

    @Test
    void missingNodeIsAClearError() {
        ConverterException e = assertThrows(ConverterException.class,
                () -> new JcoTextConverter(nodeModules, new BinaryCache(cacheDir), "/nonexistent/node")
                        .convertAll(List.of("(component)")));
        assertTrue(e.getMessage().contains("Node.js"), e.getMessage());
    }

    @Test
    void missingJcoIsAClearError() {
        ConverterException e = assertThrows(ConverterException.class,
                () -> new JcoTextConverter(cacheDir.resolve("no_node_modules"), new BinaryCache(cacheDir))
                        .convertAll(List.of("(component)")));
        assertTrue(e.getMessage().contains("npm ci"), e.getMessage());
    }
}
