package dev.weft.runtime.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.Trap;
import org.junit.jupiter.api.Test;

/**
 * A string lifted during a component-to-component call keeps the guest encoding it came from until it is lowered
 * on the other side (the spec's {@code String} triple), so the callee sees the spec's realloc sequence for that
 * source encoding; outside such a call, and for other String objects, strings are host strings.
 */
class StringOriginsTest {
    @Test
    void aLiftedStringIsLoweredWithItsSourceEncodingOnlyInsideTheCall() throws Trap {
        AbiFixture fx = new AbiFixture(1024);
        byte[] utf16 = {0x41, 0x00, (byte) 0xA3, 0x03}; // "AΣ" in UTF-16LE
        System.arraycopy(utf16, 0, fx.memory.bytes, 0, utf16.length);
        LiftLowerContext caller = new LiftLowerContext(CanonOptions.of(fx.memory, fx.realloc, StringEncoding.UTF16),
                fx.instance, fx.subtask, fx.layouts);
        LiftLowerContext callee = new LiftLowerContext(
                CanonOptions.of(fx.memory, fx.realloc, StringEncoding.LATIN1_UTF16), fx.instance, fx.task, fx.layouts);
        String lifted;
        try (StringOrigins call = StringOrigins.open()) {
            lifted = StringCodec.loadFromRange(caller, 0, 2);
            assertEquals("AΣ", lifted);
            assertEquals(SourceString.lifted(lifted, StringEncoding.UTF16, 2), callee.hostString(lifted));
            try (StringOrigins nested = StringOrigins.open()) {
                assertEquals(StringEncoding.UTF16, callee.hostString(lifted).encoding(), "seen from a nested call");
            }
            String equalButOther = new String(lifted);
            assertEquals(SourceString.ofHost(equalButOther), callee.hostString(equalButOther));
        }
        assertEquals(SourceString.ofHost(lifted), callee.hostString(lifted), "after the call it is a host string");
        assertTrue(StringOrigins.originOf(lifted) == null);
    }

    @Test
    void withoutAnOpenCallNothingIsRemembered() throws Trap {
        AbiFixture fx = new AbiFixture(64);
        fx.memory.bytes[0] = 'h';
        fx.memory.bytes[1] = 'i';
        LiftLowerContext utf8 = new LiftLowerContext(CanonOptions.of(fx.memory, fx.realloc, StringEncoding.UTF8),
                fx.instance, fx.subtask, fx.layouts);
        String s = StringCodec.loadFromRange(utf8, 0, 2);
        assertTrue(StringOrigins.originOf(s) == null);
    }
}
