package dev.weft.wit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wit.resolve.ResolveOptions;
import dev.weft.wit.resolve.WitResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Damaged WIT never escapes as anything but a {@link WitException} (no NPE, no index errors). */
class WitRobustnessTest {
    static final Path IO = BuiltinWitRoundTripTest.BUILTIN.resolve("0.2.12/wasi-io/package.wit");
    static final Path CLOCKS = BuiltinWitRoundTripTest.BUILTIN.resolve("0.2.12/wasi-clocks/package.wit");

    static void resolveOrWitException(String clocksText) {
        try {
            WitResolver r = new WitResolver(ResolveOptions.withAllFeatures());
            r.addSource("io.wit", Files.readString(IO));
            r.addSource("clocks.wit", clocksText);
            r.resolve();
        } catch (WitException expected) {
            assertTrue(expected.location().line() >= 0);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void truncationsAndMutationsOnlyThrowWitException() throws Exception {
        String text = Files.readString(CLOCKS);
        Random random = new Random(42);
        List<String> variants = new ArrayList<>();
        for (int cut = 0; cut < text.length(); cut += 13) {
            variants.add(text.substring(0, cut));
        }
        String alphabet = "{}();:<>,.@=/-_%\"* \nabcXYZ0129";
        for (int i = 0; i < 600; i++) {
            StringBuilder sb = new StringBuilder(text);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            variants.add(sb.toString());
        }
        for (String v : variants) {
            resolveOrWitException(v);
        }
    }

    @Test
    void corruptedComponentsOnlyThrowTypedExceptions() throws Exception {
        Random random = new Random(7);
        int decoded = 0;
        for (String name : List.of("handwritten/t1.wasm", "handwritten/t2.wasm", "components/app.wasm")) {
            byte[] original = Files.readAllBytes(ComponentWitDecoderTest.RESOURCES.resolve(name));
            for (int i = 0; i < 400; i++) {
                byte[] b = original.clone();
                for (int e = 0; e < 1 + random.nextInt(3); e++) {
                    b[8 + random.nextInt(b.length - 8)] = (byte) random.nextInt(256);
                }
                dev.weft.component.ast.Component ast;
                try {
                    ast = dev.weft.component.binary.ComponentDecoder.decode(b);
                } catch (dev.weft.error.DecodeException notAComponent) {
                    continue;
                }
                try {
                    dev.weft.wit.decode.ComponentWitDecoder.decode(ast);
                    decoded++;
                } catch (WitException expected) {
                    assertTrue(expected.getMessage().startsWith("component@0x"), expected.getMessage());
                }
            }
        }
        assertTrue(decoded > 0);
    }
}
