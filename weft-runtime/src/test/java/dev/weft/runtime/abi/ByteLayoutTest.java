package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import dev.weft.value.F32Val;
import dev.weft.value.ListVal;
import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
import dev.weft.value.StringVal;
import dev.weft.value.U16Val;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.U8Val;
import dev.weft.value.VariantVal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exact bytes written by store, derived by hand from CanonicalABI.md. */
class ByteLayoutTest {
    @Test
    void recordWithPadding() throws Trap {
        AbiFixture fx = new AbiFixture();
        fx.memory.bytes[65] = (byte) 0xAA; // padding bytes are left untouched
        MemoryStorer.store(fx.lowerCx(), new RecordVal(List.of(new RecordVal.Field("a", new U8Val(1)),
                new RecordVal.Field("b", new U32Val(0x01020304)))), TypeText.parse("record{a:u8,b:u32}"), 64);
        assertEquals("01aa000004030201", fx.memory.hex(64, 8));
    }

    @Test
    void variantPayloadIsAlignedAfterTheDiscriminant() throws Trap {
        AbiFixture fx = new AbiFixture();
        MemoryStorer.store(fx.lowerCx(), new VariantVal("b", Optional.of(new U64Val(0x1122334455667788L))),
                TypeText.parse("variant{a(f32),b(u64)}"), 64);
        assertEquals("01000000000000008877665544332211", fx.memory.hex(64, 16));
        MemoryStorer.store(fx.lowerCx(), new VariantVal("a", Optional.of(new F32Val(1.0f))),
                TypeText.parse("variant{a(f32),b(u64)}"), 96);
        assertEquals("00000000000000000000803f", fx.memory.hex(96, 12));
        MemoryStorer.store(fx.lowerCx(), new OptionVal(Optional.of(new U32Val(7))), TypeText.parse("option<u32>"), 128);
        assertEquals("0100000007000000", fx.memory.hex(128, 8));
    }

    @Test
    void wideDiscriminants() throws Trap {
        AbiFixture fx = new AbiFixture();
        StringBuilder sb = new StringBuilder("enum{");
        for (int i = 0; i < 300; i++) {
            sb.append(i == 0 ? "" : ",").append("e").append(i);
        }
        MemoryStorer.store(fx.lowerCx(), new dev.weft.value.EnumVal("e299"), TypeText.parse(sb + "}"), 64);
        assertEquals("2b01", fx.memory.hex(64, 2)); // 299 = 0x012b as u16
    }

    @Test
    void stringAndListArePointerLengthPairs() throws Trap {
        AbiFixture fx = new AbiFixture();
        MemoryStorer.store(fx.lowerCx(), new StringVal("hi"), TypeText.parse("string"), 64);
        // realloc(0, 0, 1, 2) -> 16 (latin1 host string to utf8: ASCII, no growth)
        assertEquals(List.of("0/0/1/2=>16"), fx.realloc.log);
        assertEquals("1000000002000000", fx.memory.hex(64, 8));
        assertEquals("6869", fx.memory.hex(16, 2));

        MemoryStorer.store(fx.lowerCx(), new ListVal(List.of(new U16Val(1), new U16Val(0x0203))),
                TypeText.parse("list<u16>"), 72);
        assertEquals("0/0/2/4=>18", fx.realloc.log.get(1));
        assertEquals("1200000002000000", fx.memory.hex(72, 8));
        assertEquals("01000302", fx.memory.hex(18, 4));
    }

    @Test
    void utf16AndLatin1TaggedLengths() throws Trap {
        AbiFixture fx = new AbiFixture().encoding(StringEncoding.LATIN1_UTF16);
        MemoryStorer.store(fx.lowerCx(), new StringVal("\u20ac"), TypeText.parse("string"), 64);
        // host utf16 string into latin1+utf16: tagged length 1 | 1<<31
        assertEquals("1000000001000080", fx.memory.hex(64, 8));
        assertEquals("ac20", fx.memory.hex(16, 2));
    }
}
