package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every (source, destination) encoding pair against strings.tsv, produced by running definitions.py's
 * store_string_into_range with the same bump allocator: same pointer, same tagged length, same realloc calls,
 * same bytes; then lifting what was stored gives the string back.
 */
class StringTranscodingTest {
    static StringEncoding encoding(String name) {
        return switch (name) {
            case "utf8" -> StringEncoding.UTF8;
            case "utf16" -> StringEncoding.UTF16;
            case "latin1+utf16" -> StringEncoding.LATIN1_UTF16;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static long taggedUnits(String s, StringEncoding e) {
        return switch (e) {
            case UTF8 -> s.getBytes(StandardCharsets.UTF_8).length;
            case UTF16 -> s.length();
            case LATIN1_UTF16 -> s.chars().allMatch(c -> c < 256) ? s.length() : s.length() | (1L << 31);
        };
    }

    @TestFactory
    Stream<DynamicTest> transcodingMatchesDefinitionsPy() throws IOException {
        List<String[]> rows = LayoutOracleTest.rows("/abi/strings.tsv");
        assertEquals(99, rows.size());
        return rows.stream().map(r -> {
            String s = new String(HexFormat.of().parseHex(r[2]), StandardCharsets.UTF_8);
            return DynamicTest.dynamicTest(r[0] + " -> " + r[1] + " \"" + s + "\"", () -> {
                StringEncoding src = encoding(r[0]);
                AbiFixture f = new AbiFixture(1024).encoding(encoding(r[1]));
                LiftLowerContext cx = f.lowerCx();
                StringCodec.Stored st = StringCodec.storeIntoRange(cx,
                        SourceString.lifted(s, src, taggedUnits(s, src)));
                assertEquals(Long.parseLong(r[3]), st.ptr(), "ptr");
                assertEquals(Long.parseLong(r[4]), st.taggedCodeUnits(), "tagged code units");
                assertEquals(r[5], String.join(";", f.realloc.log), "realloc calls");
                assertEquals(r[6], f.memory.hex(st.ptr(), r[6].length() / 2), "bytes");
                assertEquals(s, StringCodec.loadFromRange(f.liftCx(), st.ptr(), st.taggedCodeUnits()));
            });
        });
    }

    @Test
    void hostStringsUseTheLatin1FastPath() throws Trap {
        SourceString latin = SourceString.ofHost("caf\u00e9");
        assertEquals(StringEncoding.LATIN1_UTF16, latin.encoding());
        assertEquals(4, latin.taggedCodeUnits());
        SourceString wide = SourceString.ofHost("a\u20ac\uD83D\uDE00");
        assertEquals(4 | (1L << 31), wide.taggedCodeUnits());

        // latin1 host string into a latin1+utf16 guest: one copy of 4 bytes (alignment 2), no transcoding
        AbiFixture f = new AbiFixture(256).encoding(StringEncoding.LATIN1_UTF16);
        StringCodec.Stored st = StringCodec.storeIntoRange(f.lowerCx(), latin);
        assertEquals(List.of("0/0/2/4=>16"), f.realloc.log);
        assertEquals(4, st.taggedCodeUnits());
        assertEquals("636166e9", f.memory.hex(16, 4));

        // latin1 host string into a utf8 guest: allocate 4, hit 'é', grow to worst case 8, shrink to 5
        AbiFixture g = new AbiFixture(256);
        StringCodec.Stored u = StringCodec.storeIntoRange(g.lowerCx(), latin);
        assertEquals(List.of("0/0/1/4=>16", "16/4/1/8=>20", "20/8/1/5=>28"), g.realloc.log);
        assertEquals(5, u.taggedCodeUnits());
        assertEquals("636166c3a9", g.memory.hex(u.ptr(), 5));
    }

    @Test
    void unpairedSurrogateInHostStringTraps() {
        assertTrap("unpaired surrogate", () -> SourceString.ofHost("a\uD800b"));
        assertTrap("unpaired surrogate", () -> SourceString.ofHost("\uDC00"));
    }

    @Test
    void invalidEncodedStringsTrapOnLift() throws Trap {
        AbiFixture f = new AbiFixture(256);
        f.memory.bytes[16] = (byte) 0xC3; // truncated 2-byte sequence
        assertTrap("not valid UTF-8", () -> StringCodec.loadFromRange(f.liftCx(), 16, 1));
        f.memory.bytes[20] = (byte) 0xED; // encoded surrogate U+D800 (not allowed in UTF-8)
        f.memory.bytes[21] = (byte) 0xA0;
        f.memory.bytes[22] = (byte) 0x80;
        assertTrap("not valid UTF-8", () -> StringCodec.loadFromRange(f.liftCx(), 20, 3));

        AbiFixture g = new AbiFixture(256).encoding(StringEncoding.UTF16);
        g.memory.writeI16(32, (short) 0xD800); // lone high surrogate
        g.memory.writeI16(34, (short) 'a');
        assertTrap("not valid UTF-16", () -> StringCodec.loadFromRange(g.liftCx(), 32, 2));
        assertTrap("not aligned to 2", () -> StringCodec.loadFromRange(g.liftCx(), 33, 1));

        AbiFixture h = new AbiFixture(256).encoding(StringEncoding.LATIN1_UTF16);
        assertTrap("not aligned to 2", () -> StringCodec.loadFromRange(h.liftCx(), 1, 1));
        h.memory.bytes[40] = (byte) 0xE9;
        assertEquals("\u00e9", StringCodec.loadFromRange(h.liftCx(), 40, 1));
        h.memory.writeI16(42, (short) 0x20AC);
        assertEquals("\u20ac", StringCodec.loadFromRange(h.liftCx(), 42, 1 | (1L << 31)));
    }

    @Test
    void stringBoundsAndLengthLimit() {
        AbiFixture f = new AbiFixture(256);
        assertTrap("out of bounds", () -> StringCodec.loadFromRange(f.liftCx(), 250, 7));
        assertTrap("out of bounds", () -> StringCodec.loadFromRange(f.liftCx(), 0xFFFF_FFF0L, 0x20));
        assertTrap("exceeds the maximum of 268435455", () -> StringCodec.loadFromRange(f.liftCx(), 0, 1L << 28));
        AbiFixture g = new AbiFixture(256).encoding(StringEncoding.UTF16);
        // 2^27 code units = 2^28 bytes > MAX_STRING_BYTE_LENGTH
        assertTrap("exceeds the maximum", () -> StringCodec.loadFromRange(g.liftCx(), 0, 1L << 27));
        AbiFixture h = new AbiFixture(256).encoding(StringEncoding.LATIN1_UTF16);
        assertTrap("exceeds the maximum", () -> StringCodec.loadFromRange(h.liftCx(), 0, (1L << 31) | (1L << 27)));
    }

    @Test
    void storeTrapsWhenReallocMisbehaves() {
        AbiFixture f = new AbiFixture(64).encoding(StringEncoding.UTF16);
        CanonOptions misaligned = CanonOptions.of(f.memory, (p, o, a, n) -> 17, StringEncoding.UTF16);
        LiftLowerContext cx = new LiftLowerContext(misaligned, f.instance, f.task, f.layouts);
        assertTrap("not aligned to 2", () -> StringCodec.storeIntoRange(cx, SourceString.ofHost("ab")));
        CanonOptions outside = CanonOptions.of(f.memory, (p, o, a, n) -> 62, StringEncoding.UTF8);
        LiftLowerContext cx2 = new LiftLowerContext(outside, f.instance, f.task, f.layouts);
        assertTrap("out of bounds", () -> StringCodec.storeIntoRange(cx2, SourceString.ofHost("abcd")));
        CanonOptions noRealloc = new CanonOptions(f.memory, null, null, StringEncoding.UTF8);
        LiftLowerContext cx3 = new LiftLowerContext(noRealloc, f.instance, f.task, f.layouts);
        assertTrap("realloc canon option is absent", () -> StringCodec.storeIntoRange(cx3, SourceString.ofHost("a")));
    }

    interface TrapAction {
        void run() throws Trap;
    }

    static void assertTrap(String messagePart, TrapAction action) {
        try {
            action.run();
        } catch (Trap t) {
            if (!t.getMessage().contains(messagePart)) {
                throw new AssertionError("trap message '" + t.getMessage() + "' lacks '" + messagePart + "'");
            }
            // every canonical ABI trap is typed: a rule of the spec broken, or a host value of the wrong shape
            if (t.kind() == dev.weft.error.TrapKind.OTHER && !messagePart.startsWith("guest ")) {
                throw new AssertionError("trap '" + t.getMessage() + "' has no kind (OTHER)");
            }
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("expected a Trap containing '" + messagePart + "', got " + e, e);
        }
        throw new AssertionError("expected a Trap containing '" + messagePart + "'");
    }
}
