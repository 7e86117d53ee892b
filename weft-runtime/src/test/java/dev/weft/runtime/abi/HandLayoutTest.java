package dev.weft.runtime.abi;

import dev.weft.component.types.FlagsType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.ValueType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static dev.weft.runtime.abi.FlatType.F32;
import static dev.weft.runtime.abi.FlatType.F64;
import static dev.weft.runtime.abi.FlatType.I32;
import static dev.weft.runtime.abi.FlatType.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Layouts derived by hand from CanonicalABI.md (alignment / elem_size / flatten_type). */
class HandLayoutTest {
    private final TypeLayouts layouts = new TypeLayouts();

    private void check(String type, int size, int align, FlatType... flat) {
        TypeLayout l = layouts.of(TypeText.parse(type));
        assertEquals(size, l.size(), type + " size");
        assertEquals(align, l.alignment(), type + " alignment");
        assertEquals(List.of(flat), l.flat(), type + " flat");
    }

    @Test
    void records() {
        // a:u8 at 0, b:u32 aligned to 4 -> 4..8; size 8 align 4
        check("record{a:u8,b:u32}", 8, 4, I32, I32);
        // a:u32 at 0, b:u8 at 4 -> 5, rounded up to 8
        check("record{a:u32,b:u8}", 8, 4, I32, I32);
        // a at 0, b at 8, c at 16 -> 17 -> 24
        check("record{a:u8,b:u64,c:u8}", 24, 8, I32, I64, I32);
        check("tuple<u8,string>", 12, 4, I32, I32, I32);
    }

    @Test
    void variants() {
        // 2 cases -> u8 discriminant; payload align 8 -> payload at 8; size 8+8=16
        check("variant{a(f32),b(u64)}", 16, 8, I32, I64);
        // join(f32, u32) = i32
        check("variant{a(f32),b(u32)}", 8, 4, I32, I32);
        // join(f64, f32) = i64
        check("variant{a(f64),b(f32)}", 16, 8, I32, I64);
        // option<f64>: payload flat stays f64 (only one payload)
        check("option<f64>", 16, 8, I32, F64);
        check("result<u64,f32>", 16, 8, I32, I64);
        check("variant{a(record{x:f32,y:f32}),b(u64)}", 16, 8, I32, I64, F32);
        check("enum{a,b,c}", 1, 1, I32);
    }

    @Test
    void discriminantSizeByCaseCount() {
        assertEquals(1, LayoutCalculator.discriminantSize(1));
        assertEquals(1, LayoutCalculator.discriminantSize(256));
        assertEquals(2, LayoutCalculator.discriminantSize(257));
        assertEquals(2, LayoutCalculator.discriminantSize(65536));
        assertEquals(4, LayoutCalculator.discriminantSize(65537));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 70000; i++) {
            names.add("c" + i);
        }
        TypeLayout l = layouts.of(new dev.weft.component.types.EnumType(names));
        assertEquals(4, l.size());
        assertEquals(4, l.alignment());
    }

    private static FlagsType flags(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("f" + i);
        }
        return new FlagsType(names);
    }

    @Test
    void flagsUpTo32FollowTheCurrentSpec() {
        assertEquals(1, layouts.of(flags(8)).size());
        assertEquals(2, layouts.of(flags(9)).size());
        assertEquals(2, layouts.of(flags(16)).alignment());
        assertEquals(4, layouts.of(flags(17)).size());
        assertEquals(List.of(I32), layouts.of(flags(32)).flat());
    }

    @Test
    void flagsBeyond32UseOneI32PerWord() {
        // pre-2024 definitions.py: elem_size = 4 * ceil(n/32), alignment 4, flat = ['i32'] * ceil(n/32)
        assertEquals(8, layouts.of(flags(33)).size());
        assertEquals(4, layouts.of(flags(33)).alignment());
        assertEquals(List.of(I32, I32), layouts.of(flags(33)).flat());
        assertEquals(8, layouts.of(flags(64)).size());
        assertEquals(List.of(I32, I32), layouts.of(flags(64)).flat());
        assertEquals(12, layouts.of(flags(65)).size());
    }

    @Test
    void funcTypeFlattening() {
        List<FuncType.Param> sixteen = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            sixteen.add(new FuncType.Param("p" + i, PrimitiveType.U32));
        }
        FuncType ft16 = new FuncType(sixteen, Optional.of(PrimitiveType.STRING), false);
        Flattening.CoreSignature lift = Flattening.flattenFuncType(layouts, ft16, Flattening.Context.LIFT);
        assertEquals(Collections.nCopies(16, I32), lift.params());
        assertEquals(List.of(I32), lift.results()); // string result -> return pointer
        Flattening.CoreSignature lower = Flattening.flattenFuncType(layouts, ft16, Flattening.Context.LOWER);
        assertEquals(17, lower.params().size()); // + out pointer
        assertEquals(List.of(), lower.results());

        List<FuncType.Param> seventeen = new ArrayList<>(sixteen);
        seventeen.add(new FuncType.Param("p16", PrimitiveType.U8));
        FuncType ft17 = new FuncType(seventeen, Optional.of(PrimitiveType.F64), false);
        Flattening.CoreSignature s17 = Flattening.flattenFuncType(layouts, ft17, Flattening.Context.LIFT);
        assertEquals(List.of(I32), s17.params());
        assertEquals(List.of(F64), s17.results());

        ValueType str = PrimitiveType.STRING;
        FuncType none = new FuncType(List.of(new FuncType.Param("s", str)), Optional.empty(), false);
        assertEquals(new Flattening.CoreSignature(List.of(I32, I32), List.of()),
                Flattening.flattenFuncType(layouts, none, Flattening.Context.LOWER));
    }

    @Test
    void layoutIsComputedOncePerTypeInstance() {
        ValueType t = TypeText.parse("record{a:u8,b:list<string>}");
        assertEquals(true, layouts.of(t) == layouts.of(t));
    }
}
