package dev.weft.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ByteListTest {
    @Test
    void isTheListOfU8ValsOfItsBytes() {
        byte[] data = {0, 1, (byte) 0x7F, (byte) 0x80, (byte) 0xFF};
        ByteList bytes = ByteList.copyOf(data);
        List<Val> expected = List.of(new U8Val(0), new U8Val(1), new U8Val(127), new U8Val(128), new U8Val(255));
        assertEquals(expected, bytes);
        assertEquals(bytes, expected);
        assertEquals(expected.hashCode(), bytes.hashCode());
        assertEquals(new ListVal(expected), new ListVal(bytes));
        data[0] = 9;
        assertEquals(new U8Val(0), bytes.get(0), "copyOf copies");
        assertArrayEquals(new byte[] {1, 127}, ByteList.copyOf(data, 1, 2).toByteArray());
    }

    @Test
    void listValKeepsItWithoutCopyingAndItIsImmutable() {
        ByteList bytes = ByteList.wrap(new byte[] {1, 2, 3});
        assertSame(bytes, new ListVal(bytes).elements());
        assertThrows(UnsupportedOperationException.class, () -> bytes.set(0, new U8Val(5)));
        assertThrows(UnsupportedOperationException.class, () -> bytes.add(new U8Val(5)));
        byte[] out = bytes.toByteArray();
        out[0] = 7;
        assertEquals(new U8Val(1), bytes.get(0), "toByteArray copies");
        assertSame(ByteList.u8(200), ByteList.wrap(new byte[] {(byte) 200}).get(0));
    }
}
