package dev.weft.component.validate;

import dev.weft.component.types.CoreFuncType;
import dev.weft.component.types.CoreValType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.VariantType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static dev.weft.component.types.CoreValType.F32;
import static dev.weft.component.types.CoreValType.F64;
import static dev.weft.component.types.CoreValType.I32;
import static dev.weft.component.types.CoreValType.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected values worked out by hand from CanonicalABI.md / definitions.py {@code flatten_type}. */
class FlatteningTest {

    @Test
    void primitivesAndStrings() {
        assertEquals(List.of(I32), Flattening.flatten(PrimitiveType.U8));
        assertEquals(List.of(I64), Flattening.flatten(PrimitiveType.S64));
        assertEquals(List.of(F64), Flattening.flatten(PrimitiveType.F64));
        assertEquals(List.of(I32, I32), Flattening.flatten(PrimitiveType.STRING));
        assertEquals(List.of(I32, I32), Flattening.flatten(new ListType(PrimitiveType.U64)));
    }

    @Test
    void variantsJoinTheirPayloads() {
        // variant { a(f32), b(u32) } -> discriminant + join(f32, i32) = i32
        var v = new VariantType(List.of(new VariantType.Case("a", Optional.of(PrimitiveType.F32)),
                new VariantType.Case("b", Optional.of(PrimitiveType.U32))));
        assertEquals(List.of(I32, I32), Flattening.flatten(v));
        // result<f32, f64> -> i32 discriminant, join(f32, f64) = i64
        var r = new ResultType(Optional.of(PrimitiveType.F32), Optional.of(PrimitiveType.F64));
        assertEquals(List.of(I32, I64), Flattening.flatten(r));
        // option<tuple<f32, u64>> -> i32, f32, i64
        var o = new OptionType(new TupleType(List.of(PrimitiveType.F32, PrimitiveType.U64)));
        assertEquals(List.of(I32, F32, I64), Flattening.flatten(o));
    }

    @Test
    void tooManyParamsAndResultsGoThroughMemory() {
        List<FuncType.Param> params = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            params.add(new FuncType.Param("p" + i, PrimitiveType.U32));
        }
        var record = new RecordType(List.of(new RecordType.Field("a", PrimitiveType.U32),
                new RecordType.Field("b", PrimitiveType.U32)));
        FuncType ft = new FuncType(params, Optional.of(record), false);
        assertEquals(new CoreFuncType(List.of(I32), List.of(I32)),
                Flattening.flattenFuncType(ft, Flattening.Context.LIFT, false, false));
        assertEquals(new CoreFuncType(List.of(I32, I32), List.of()),
                Flattening.flattenFuncType(ft, Flattening.Context.LOWER, false, false));
        FuncType sixteen = new FuncType(params.subList(0, 16), Optional.of(PrimitiveType.STRING), false);
        assertEquals(new CoreFuncType(Collections.nCopies(16, I32), List.of(I32)),
                Flattening.flattenFuncType(sixteen, Flattening.Context.LIFT, false, false));
    }

    @Test
    void asyncLoweringUsesFourFlatParams() {
        List<FuncType.Param> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(new FuncType.Param("p" + i, PrimitiveType.U32));
        }
        FuncType ft = new FuncType(five, Optional.of(PrimitiveType.U32), true);
        assertEquals(new CoreFuncType(List.of(I32, I32), List.of(I32)),
                Flattening.flattenFuncType(ft, Flattening.Context.LOWER, true, false));
        assertEquals(new CoreFuncType(Collections.nCopies(5, CoreValType.I32), List.of(I32)),
                Flattening.flattenFuncType(ft, Flattening.Context.LIFT, true, true));
    }
}
