package dev.weft.wit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.wit.decode.ComponentWitDecoder;
import org.junit.jupiter.api.Test;

/**
 * A valid component whose world WIT cannot express: a WitException, not a crash of the printer. Found by the
 * weft-fuzz decode target (seed from the component-model conformance suite); {@code wasm-tools component wit}
 * panics on the same component.
 */
class UnprintableWorldTest {
    /**
     * <pre>
     * (component
     *   (import "I1" (instance $i1 (export "r" (type (sub resource)))))
     *   (alias export $i1 "r" (type $r))
     *   (import "I2" (instance (alias outer 1 $r (type)) (export "r" (type (eq 0))))))
     * </pre>
     * (binary from {@code jco parse}, with its name section)
     */
    private static final byte[] USE_OF_PLAIN_INSTANCE_TYPE = {
        0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00, 0x07, 0x09, 0x01, 0x42, 0x01, 0x04, 0x00, 0x01, 0x72, 0x03,
        0x01, 0x0a, 0x07, 0x01, 0x00, 0x02, 0x49, 0x31, 0x05, 0x00, 0x06, 0x06, 0x01, 0x03, 0x00, 0x00, 0x01, 0x72,
        0x07, 0x0f, 0x01, 0x42, 0x02, 0x02, 0x03, 0x02, 0x01, 0x01, 0x04, 0x00, 0x01, 0x72, 0x03, 0x00, 0x00, 0x0a,
        0x07, 0x01, 0x00, 0x02, 0x49, 0x32, 0x05, 0x02, 0x00, 0x22, 0x0e, 0x63, 0x6f, 0x6d, 0x70, 0x6f, 0x6e, 0x65,
        0x6e, 0x74, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x01, 0x05, 0x03, 0x01, 0x01, 0x01, 0x72, 0x01, 0x0a, 0x05, 0x02,
        0x00, 0x02, 0x69, 0x31, 0x01, 0x02, 0x69, 0x32};

    @Test
    void typeOfAPlainNamedInstanceUsedElsewhereIsAWitError() throws Exception {
        Component component = Component.decode(USE_OF_PLAIN_INSTANCE_TYPE);
        WitException e = assertThrows(WitException.class, () -> ComponentWitDecoder.decode(component));
        assertTrue(e.getMessage().contains("`r`") && e.getMessage().contains("I1"), e.getMessage());
        assertTrue(e.getMessage().contains("named interfaces"), e.getMessage());
        assertTrue(e.getMessage().contains("component@0x"), "names the offset: " + e.getMessage());
    }
}
