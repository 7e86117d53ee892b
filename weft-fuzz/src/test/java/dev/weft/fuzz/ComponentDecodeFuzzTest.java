package dev.weft.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.weft.component.Component;
import dev.weft.wit.decode.ComponentWitDecoder;
import dev.weft.wit.print.WitPrinter;

/**
 * Target (a): the component binary decoder and validator, then the component-to-WIT decoder and printer that
 * {@code weft wit} runs on the result. Seeds: the fixture components and the binaries of the conformance suites
 * ({@code ComponentDecodeFuzzTestInputs/decodeAndValidate}).
 */
class ComponentDecodeFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void decodeAndValidate(byte[] bytes) throws Throwable {
        Budgeted.run(() -> decodeAndValidateNow(bytes), Budgeted.PARSE_MILLIS, 1_000, Budgeted.PARSER_STACK_BYTES);
    }

    private static void decodeAndValidateNow(byte[] bytes) {
        Documented.outcome(() -> {
            Component component = Component.decode(bytes);
            component.validated().indexSpaces();
            component.imports();
            component.exports();
            var world = ComponentWitDecoder.decode(component);
            WitPrinter.printWorld(world.model(), world.world());
        });
    }
}
