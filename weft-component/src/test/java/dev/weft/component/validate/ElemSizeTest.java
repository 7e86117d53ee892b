package dev.weft.component.validate;

import dev.weft.component.types.EnumType;
import dev.weft.component.types.FixedListType;
import dev.weft.component.types.FlagsType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResultType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected values worked out by hand from definitions.py {@code elem_size} / {@code alignment}. */
class ElemSizeTest {

    @Test
    void recordsPadFieldsToTheirAlignment() {
        var r = new RecordType(List.of(new RecordType.Field("a", PrimitiveType.U8),
                new RecordType.Field("b", PrimitiveType.U32)));
        assertEquals(8, ElemSize.size(r, 4));
        assertEquals(4, ElemSize.alignment(r, 4));
    }

    @Test
    void variantsUseTheSmallestDiscriminant() {
        assertEquals(16, ElemSize.size(new OptionType(PrimitiveType.U64), 4));
        var many = new EnumType(IntStream.range(0, 257).mapToObj(i -> "c" + i).toList());
        assertEquals(2, ElemSize.size(many, 4));
        var result = new ResultType(Optional.of(PrimitiveType.STRING), Optional.of(PrimitiveType.U8));
        assertEquals(12, ElemSize.size(result, 4));
        assertEquals(24, ElemSize.size(result, 8));
    }

    @Test
    void pointerSizeMattersForStringsAndFixedListsMultiply() {
        assertEquals(8, ElemSize.size(PrimitiveType.STRING, 4));
        assertEquals(16, ElemSize.size(PrimitiveType.STRING, 8));
        assertEquals(3, ElemSize.size(new FixedListType(PrimitiveType.U8, 3), 4));
        assertEquals(2, ElemSize.size(new FlagsType(IntStream.range(0, 9).mapToObj(i -> "f" + i).toList()), 4));
        // max-value-size.wast boundary: list<string, 16777216> is 2^28 bytes with 64-bit pointers
        assertEquals(ElemSize.MAX, ElemSize.size(new FixedListType(PrimitiveType.STRING, 16777216), 8));
        assertTrue(ElemSize.size(new FixedListType(PrimitiveType.U64, 536870912), 8) >= ElemSize.MAX);
    }
}
