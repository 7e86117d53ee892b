package dev.weft.runtime.abi;

import static dev.weft.component.ast.CanonOpt.StringEncoding.LATIN1_UTF16;
import static dev.weft.component.ast.CanonOpt.StringEncoding.UTF16;
import static dev.weft.component.ast.CanonOpt.StringEncoding.UTF8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.types.ListType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.value.StringOrigin;
import dev.weft.value.StringVal;
import dev.weft.value.Val;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A string lifted from one guest and lowered into another follows definitions.py's store_string_into_range for its
 * source encoding, because the lifted {@link StringVal} carries that encoding and its tagged_code_units. The
 * expected realloc calls ({@code old/oldSize/align/newSize=>ptr}, the bump allocator starting at 16) and bytes were
 * worked out by hand from definitions.py (store_utf8_to_utf16, store_string_to_latin1_or_utf16,
 * store_latin1_to_utf8, store_utf16_to_utf8, store_probably_utf16_to_latin1_or_utf16); each case also lowers the
 * same text as a host string, whose sequence differs, so the origin is what decided.
 */
class StringLiftLowerTest {
    private static final long TAG = 1L << 31;

    @Test
    void utf8ToUtf16() throws Trap {
        // "aé😀" in UTF-8: 61 c3a9 f09f9880, 7 code units
        AbiFixture src = source(StringEncoding.UTF8, "61c3a9f09f9880");
        StringVal v = liftString(src, 0, 7);
        assertEquals(new StringVal("a\u00e9\uD83D\uDE00"), v);
        assertEquals(Optional.of(new StringOrigin(UTF8, 7)), v.origin());

        // worst case 2*7 = 14 bytes, then shrink to the 8 bytes of 4 UTF-16 code units
        AbiFixture dst = destination(StringEncoding.UTF16);
        assertArrayEquals(new long[] {30, 4}, lower(dst, v, PrimitiveType.STRING));
        assertEquals(List.of("0/0/2/14=>16", "16/14/2/8=>30"), dst.realloc.log);
        assertEquals("6100e9003dd800de", dst.memory.hex(30, 8));

        assertEquals(List.of("0/0/2/8=>16"), hostLog(StringEncoding.UTF16, v.value()));
    }

    @Test
    void utf16ToLatin1OrUtf16() throws Trap {
        // "aé€😀" in UTF-16: 0061 00e9 20ac d83d de00, 5 code units
        AbiFixture src = source(StringEncoding.UTF16, "6100e900ac203dd800de");
        StringVal v = liftString(src, 0, 5);
        assertEquals(new StringVal("a\u00e9\u20ac\uD83D\uDE00"), v);
        assertEquals(Optional.of(new StringOrigin(UTF16, 5)), v.origin());

        // 5 bytes for latin1; 'a' and 'é' fit, '€' does not: grow to 2*5 = 10, inflate, write the rest as UTF-16;
        // 10 bytes are exactly the UTF-16 length, so no shrink
        AbiFixture dst = destination(StringEncoding.LATIN1_UTF16);
        assertArrayEquals(new long[] {22, 5 | TAG}, lower(dst, v, PrimitiveType.STRING));
        assertEquals(List.of("0/0/2/5=>16", "16/5/2/10=>22"), dst.realloc.log);
        assertEquals("6100e900ac203dd800de", dst.memory.hex(22, 10));

        assertEquals(List.of("0/0/2/10=>16"), hostLog(StringEncoding.LATIN1_UTF16, v.value()));
    }

    @Test
    void utf8ToLatin1OrUtf16ShrinksToLatin1() throws Trap {
        // "café" in UTF-8: 63 61 66 c3a9, 5 code units; all latin1, so shrink from 5 to 4 bytes
        AbiFixture src = source(StringEncoding.UTF8, "636166c3a9");
        StringVal v = liftString(src, 0, 5);
        assertEquals(Optional.of(new StringOrigin(UTF8, 5)), v.origin());

        AbiFixture dst = destination(StringEncoding.LATIN1_UTF16);
        assertArrayEquals(new long[] {22, 4}, lower(dst, v, PrimitiveType.STRING));
        assertEquals(List.of("0/0/2/5=>16", "16/5/2/4=>22"), dst.realloc.log);
        assertEquals("636166e9", dst.memory.hex(22, 4));

        assertEquals(List.of("0/0/2/4=>16"), hostLog(StringEncoding.LATIN1_UTF16, v.value()));
    }

    @Test
    void latin1ToUtf8() throws Trap {
        // "café" as latin1 (untagged): 63 61 66 e9, 4 code units
        AbiFixture src = source(StringEncoding.LATIN1_UTF16, "636166e9");
        StringVal v = liftString(src, 0, 4);
        assertEquals(new StringVal("caf\u00e9"), v);
        assertEquals(Optional.of(new StringOrigin(LATIN1_UTF16, 4)), v.origin());

        // 4 bytes; 'é' needs two: grow to the worst case 2*4 = 8, shrink to the 5 bytes written
        AbiFixture dst = destination(StringEncoding.UTF8);
        assertArrayEquals(new long[] {28, 5}, lower(dst, v, PrimitiveType.STRING));
        assertEquals(List.of("0/0/1/4=>16", "16/4/1/8=>20", "20/8/1/5=>28"), dst.realloc.log);
        assertEquals("636166c3a9", dst.memory.hex(28, 5));

        assertEquals(List.of("0/0/1/5=>16"), hostLog(StringEncoding.UTF8, v.value()));
    }

    @Test
    void taggedUtf16ToUtf8() throws Trap {
        // "a€😀" as tagged UTF-16: 0061 20ac d83d de00, 4 code units | UTF16_TAG
        AbiFixture src = source(StringEncoding.LATIN1_UTF16, "6100ac203dd800de");
        StringVal v = liftString(src, 0, 4 | TAG);
        assertEquals(new StringVal("a\u20ac\uD83D\uDE00"), v);
        assertEquals(Optional.of(new StringOrigin(LATIN1_UTF16, 4 | TAG)), v.origin());

        // 4 bytes; '€' is not ASCII: grow to the worst case 3*4 = 12, shrink to the 8 bytes of 61 e282ac f09f9880
        AbiFixture dst = destination(StringEncoding.UTF8);
        assertArrayEquals(new long[] {32, 8}, lower(dst, v, PrimitiveType.STRING));
        assertEquals(List.of("0/0/1/4=>16", "16/4/1/12=>20", "20/12/1/8=>32"), dst.realloc.log);
        assertEquals("61e282acf09f9880", dst.memory.hex(32, 8));

        assertEquals(List.of("0/0/1/8=>16"), hostLog(StringEncoding.UTF8, v.value()));
    }

    @Test
    void taggedUtf16ThatIsLatin1IsCompressed() throws Trap {
        // "é" stored by a latin1+utf16 guest as tagged UTF-16 (allowed): e900, 1 | UTF16_TAG
        AbiFixture src = source(StringEncoding.LATIN1_UTF16, "e900");
        StringVal v = liftString(src, 0, 1 | TAG);
        assertEquals(Optional.of(new StringOrigin(LATIN1_UTF16, 1 | TAG)), v.origin());

        // copy 2 bytes as UTF-16, find it all latin1, compress in place and shrink to 1 byte (alignment 1)
        AbiFixture dst = destination(StringEncoding.LATIN1_UTF16);
        assertArrayEquals(new long[] {18, 1}, lower(dst, v, PrimitiveType.STRING));
        assertEquals(List.of("0/0/2/2=>16", "16/2/1/1=>18"), dst.realloc.log);
        assertEquals("e9", dst.memory.hex(18, 1));

        assertEquals(List.of("0/0/2/1=>16"), hostLog(StringEncoding.LATIN1_UTF16, v.value()));
    }

    @Test
    void stringsInsideAListKeepTheirOrigin() throws Trap {
        // list<string> in a UTF-16 guest: elements at 0 = (16, 1) and (18, 2); "é" at 16, "😀" at 18
        AbiFixture src = source(StringEncoding.UTF16, "10000000010000001200000002000000e9003dd800de");
        ListType t = new ListType(PrimitiveType.STRING);
        Val v = FlatLifter.liftFlat(src.liftCx(), new FlatReader(new long[] {0, 2}), t);
        assertEquals(Val.list(List.of(new StringVal("\u00e9"), new StringVal("\uD83D\uDE00"))), v);

        // the element array (16 bytes, align 4), then each string as store_utf16_to_utf8:
        // "é": 1 byte, grow to 3, shrink to 2; "😀": 2 bytes, grow to 6, shrink to 4
        AbiFixture dst = destination(StringEncoding.UTF8);
        assertArrayEquals(new long[] {16, 2}, lower(dst, v, t));
        assertEquals(List.of("0/0/4/16=>16", "0/0/1/1=>32", "32/1/1/3=>33", "33/3/1/2=>36", "0/0/1/2=>38",
                "38/2/1/6=>40", "40/6/1/4=>46"), dst.realloc.log);
        assertEquals("24000000" + "02000000" + "2e000000" + "04000000", dst.memory.hex(16, 16));
        assertEquals("c3a9", dst.memory.hex(36, 2));
        assertEquals("f09f9880", dst.memory.hex(46, 4));
    }

    @Test
    void componentToComponentCallUsesTheOriginsBothWays() throws Trap {
        AbiFixture a = new AbiFixture(1024);
        AbiFixture b = new AbiFixture(1024).encoding(StringEncoding.UTF16);
        dev.weft.component.types.FuncType ft = new dev.weft.component.types.FuncType(
                List.of(new dev.weft.component.types.FuncType.Param("s", PrimitiveType.STRING)),
                Optional.of(PrimitiveType.STRING), false);
        long[] seenByB = new long[2];
        CanonLift export = new CanonLift("echo", ft, b.options(), b.instance, args -> {
            seenByB[0] = args[0];
            seenByB[1] = args[1];
            // B answers "é😀3" in UTF-16 (00e9 d83d de00 0033, 4 code units) through its return area at 700
            b.memory.write(600, HexFormat.of().parseHex("e9003dd800de3300"), 0, 8);
            b.memory.writeI32(700, 600);
            b.memory.writeI32(704, 4);
            return new long[] {700};
        }, b.layouts);
        CanonLower lowered = new CanonLower("echo", ft, a.options(), a.instance, export.calledFrom(a.instance),
                a.layouts);
        byte[] in = HexFormat.of().parseHex("c3a9f09f9880"); // "é😀" in UTF-8, 6 code units
        a.memory.write(100, in, 0, in.length);
        lowered.call(new long[] {100, in.length, 200});

        // into B (utf16) as store_utf8_to_utf16: worst case 12, shrink to the 6 bytes of 3 code units
        assertEquals(List.of("0/0/2/12=>16", "16/12/2/6=>28"), b.realloc.log);
        assertArrayEquals(new long[] {28, 3}, seenByB);
        // back into A (utf8) as store_utf16_to_utf8: 4, grow to 3*4 = 12, shrink to 7 (c3a9 f09f9880 33)
        assertEquals(List.of("0/0/1/4=>16", "16/4/1/12=>20", "20/12/1/7=>32"), a.realloc.log);
        assertEquals(32, a.memory.readI32(200));
        assertEquals(7, a.memory.readI32(204));
        assertEquals("c3a9f09f988033", a.memory.hex(32, 7));
    }

    @Test
    void loweringAValueWhoseOriginDoesNotDescribeItTraps() {
        // host code made a value claiming 4 UTF-8 bytes for "aé😀" (7): its counts would size the allocations
        StringVal bad = StringVal.lifted("a\u00e9\uD83D\uDE00", new StringOrigin(UTF8, 4));
        AbiFixture dst = destination(StringEncoding.UTF16);
        Trap t = org.junit.jupiter.api.Assertions.assertThrows(Trap.class,
                () -> lower(dst, bad, PrimitiveType.STRING));
        assertEquals(dev.weft.error.TrapKind.HOST_FUNCTION, t.kind());
        assertEquals("string origin utf8 with 4 tagged code units does not describe its text: the string has 7 "
                + "utf8 code units, its origin says 4", t.getMessage());
        assertEquals(List.of(), dst.realloc.log, "nothing was allocated");
    }

    /** A guest memory holding {@code hex} at 0, lifting with {@code encoding}. */
    private static AbiFixture source(StringEncoding encoding, String hex) {
        AbiFixture f = new AbiFixture(256).encoding(encoding);
        byte[] bytes = HexFormat.of().parseHex(hex);
        System.arraycopy(bytes, 0, f.memory.bytes, 0, bytes.length);
        return f;
    }

    private static AbiFixture destination(StringEncoding encoding) {
        return new AbiFixture(256).encoding(encoding);
    }

    private static StringVal liftString(AbiFixture src, long ptr, long taggedCodeUnits) throws Trap {
        Val v = FlatLifter.liftFlat(src.liftCx(), new FlatReader(new long[] {ptr, taggedCodeUnits}),
                PrimitiveType.STRING);
        return (StringVal) v;
    }

    /**
     * Lowers through a context as the runtime makes it (host strings into UTF-8 guests as UTF-8); the flat values
     * (all i32 here) as unsigned numbers.
     */
    private static long[] lower(AbiFixture dst, Val v, ValueType t) throws Trap {
        LiftLowerContext cx = new LiftLowerContext(dst.options(), dst.instance, dst.task, dst.layouts);
        FlatWriter out = new FlatWriter();
        FlatLowerer.lowerFlat(cx, v, t, out);
        return java.util.Arrays.stream(out.toArray()).map(i -> Integer.toUnsignedLong((int) i)).toArray();
    }

    /** The realloc calls for lowering {@code text} made by the host (no origin) into a fresh guest. */
    private static List<String> hostLog(StringEncoding destination, String text) throws Trap {
        AbiFixture dst = destination(destination);
        lower(dst, new StringVal(text), PrimitiveType.STRING);
        return dst.realloc.log;
    }
}
