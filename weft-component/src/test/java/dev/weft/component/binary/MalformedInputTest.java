package dev.weft.component.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.error.DecodeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Robustness: every truncation of a valid component either ends exactly at a top-level section boundary (and so
 * is itself a valid component) or throws {@link DecodeException} pointing inside the input; random byte mutations
 * never let an unchecked exception escape.
 */
class MalformedInputTest {
    static final String WASI_SMALL = "/work/shared/conformance/wasi-testsuite-p2/assemblyscript/proc_exit-success.wasm";

    static byte[] load(String name) throws Exception {
        return name.startsWith("/") ? Files.readAllBytes(Path.of(name)) : Fixtures.resource(name);
    }

    /** Offsets where a top-level section ends, found by walking section headers independently of the decoder. */
    static Set<Integer> sectionBoundaries(byte[] b) {
        Set<Integer> ends = new HashSet<>();
        int pos = 8;
        ends.add(pos);
        while (pos < b.length) {
            pos++; // id
            long size = 0;
            int shift = 0;
            int x;
            do {
                x = b[pos++] & 0xff;
                size |= (long) (x & 0x7f) << shift;
                shift += 7;
            } while ((x & 0x80) != 0);
            pos += (int) size;
            ends.add(pos);
        }
        assertEquals(b.length, pos, "fixture walks cleanly");
        return ends;
    }

    @ParameterizedTest
    @ValueSource(strings = {"types.wasm", "resources.wasm", "lift_lower.wasm", "nested.wasm", "async.wasm",
            "gated.wasm", WASI_SMALL})
    void everyTruncationIsRejectedOrEndsAtASectionBoundary(String name) throws Exception {
        byte[] full = load(name);
        Set<Integer> boundaries = sectionBoundaries(full);
        for (int len = 0; len < full.length; len++) {
            byte[] cut = Arrays.copyOf(full, len);
            if (boundaries.contains(len)) {
                assertNotNull(ComponentDecoder.decode(cut), "prefix of " + len + " bytes is a valid component");
                continue;
            }
            final int n = len;
            DecodeException e = assertThrows(DecodeException.class, () -> ComponentDecoder.decode(cut),
                    "prefix of " + n + " bytes");
            assertTrue(e.offset() >= 0 && e.offset() <= len, "offset " + e.offset() + " within input of " + len);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"types.wasm", "resources.wasm", "lift_lower.wasm", "nested.wasm", "async.wasm",
            "gated.wasm", WASI_SMALL})
    void randomMutationsOnlyEverThrowDecodeException(String name) throws Exception {
        byte[] full = load(name);
        Random random = new Random(name.hashCode());
        int iterations = full.length > 2000 ? 1500 : 3000;
        for (int i = 0; i < iterations; i++) {
            byte[] mutated = full.clone();
            int flips = 1 + random.nextInt(4);
            for (int f = 0; f < flips; f++) {
                int at = 8 + random.nextInt(mutated.length - 8);
                mutated[at] = (byte) switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(256);
                    case 1 -> mutated[at] ^ (1 << random.nextInt(8));
                    case 2 -> 0xff;
                    default -> 0x00;
                };
            }
            decodeExpectingNothingUnchecked(mutated);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void randomGarbageAfterAPreamble(int seed) {
        Random random = new Random(seed);
        byte[] preamble = {0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00};
        for (int i = 0; i < 2000; i++) {
            byte[] garbage = new byte[random.nextInt(64)];
            random.nextBytes(garbage);
            // bias section ids and sizes towards plausible values
            if (garbage.length > 1) {
                garbage[0] = (byte) random.nextInt(13);
                garbage[1] = (byte) (garbage.length - 2);
            }
            decodeExpectingNothingUnchecked(Fixtures.concat(preamble, garbage));
        }
    }

    private static void decodeExpectingNothingUnchecked(byte[] input) {
        for (ComponentDecoder decoder : List.of(ComponentDecoder.standard(),
                ComponentDecoder.withEndiveCoreModuleCheck())) {
            try {
                decoder.decodeComponent(input);
            } catch (DecodeException e) {
                assertTrue(e.offset() >= 0 && e.offset() <= input.length, "offset inside input: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail("unchecked exception for input " + List.of(toHex(input)), e);
            }
        }
    }

    private static String toHex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return sb.toString();
    }
}
