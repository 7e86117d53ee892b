package dev.weft.component.binary;

import static dev.weft.component.binary.Fixtures.resource;
import static dev.weft.component.binary.Fixtures.strip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.weft.component.ast.Alias;
import dev.weft.component.ast.AliasSection;
import dev.weft.component.ast.Canon;
import dev.weft.component.ast.CanonOpt;
import dev.weft.component.ast.CanonOpt.StringEncoding;
import dev.weft.component.ast.CanonSection;
import dev.weft.component.ast.Component;
import dev.weft.component.ast.ComponentNames;
import dev.weft.component.ast.ComponentNames.NameAssoc;
import dev.weft.component.ast.ComponentSection;
import dev.weft.component.ast.ComponentValType;
import dev.weft.component.ast.CoreExternType;
import dev.weft.component.ast.CoreInstance;
import dev.weft.component.ast.CoreInstanceSection;
import dev.weft.component.ast.CoreModuleSection;
import dev.weft.component.ast.CoreSort;
import dev.weft.component.ast.CoreSortIndex;
import dev.weft.component.ast.CoreType;
import dev.weft.component.ast.CoreTypeSection;
import dev.weft.component.ast.CoreValType;
import dev.weft.component.ast.CustomSection;
import dev.weft.component.ast.Declarator;
import dev.weft.component.ast.DefValType;
import dev.weft.component.ast.Export;
import dev.weft.component.ast.ExportSection;
import dev.weft.component.ast.ExternName;
import dev.weft.component.ast.ExternType;
import dev.weft.component.ast.Import;
import dev.weft.component.ast.ImportSection;
import dev.weft.component.ast.Instance;
import dev.weft.component.ast.InstanceSection;
import dev.weft.component.ast.ModuleDecl;
import dev.weft.component.ast.NameAttribute;
import dev.weft.component.ast.NamedValType;
import dev.weft.component.ast.PrimValType;
import dev.weft.component.ast.Section;
import dev.weft.component.ast.Sort;
import dev.weft.component.ast.SortIndex;
import dev.weft.component.ast.StartSection;
import dev.weft.component.ast.TypeDef;
import dev.weft.component.ast.TypeSection;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.endive.wasm.Parser;

/**
 * Decodes the jco-built fixtures under src/test/resources/binary and compares the whole AST with the structure
 * that {@code jco print} shows for the same binary (see rebuild.sh; the .wat sources are beside the .wasm files).
 * Offsets are compared separately for a few items, against hand-read {@code xxd} dumps.
 */
class FixtureAstTest {
    private static final PrimValType U8 = PrimValType.U8;
    private static final PrimValType U32 = PrimValType.U32;
    private static final PrimValType STRING = PrimValType.STRING;

    private static ComponentValType.Indexed idx(long i) {
        return new ComponentValType.Indexed(i);
    }

    private static NamedValType nv(String name, ComponentValType t) {
        return new NamedValType(name, t);
    }

    private static TypeDef def(DefValType t) {
        return new TypeDef.Defined(t, 0);
    }

    private static TypeDef.Func func(List<NamedValType> params, ComponentValType result) {
        return new TypeDef.Func(false, params, Optional.ofNullable(result), 0);
    }

    private static ExternName name(String n) {
        return ExternName.plain(n, 0);
    }

    private static NameAssoc na(long i, String n) {
        return new NameAssoc(i, n);
    }

    private static ComponentNames.SortNames names(Sort sort, NameAssoc... names) {
        return new ComponentNames.SortNames(sort, List.of(names));
    }

    private static CustomSection nameSection(Optional<String> componentName, ComponentNames.SortNames... sorts) {
        return new CustomSection("component-name", null, 0,
                Optional.of(new ComponentNames(componentName, List.of(sorts))), 0);
    }

    private static Section module() {
        return new CoreModuleSection(null, 0);
    }

    private static Component decode(String name) throws Exception {
        byte[] bytes = resource(name + ".wasm");
        Component c = ComponentDecoder.decode(bytes);
        OffsetInvariants.check(c, bytes);
        return c;
    }

    private static void assertSections(List<Section> expected, Component actual) {
        List<Section> stripped = strip(actual).sections();
        assertEquals(expected.size(), stripped.size(), "section count");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), stripped.get(i), "section " + i);
        }
    }

    @Test
    void valueAndFunctionTypes() throws Exception {
        Component c = decode("types");
        assertSections(List.of(
                new TypeSection(List.of(
                        def(new DefValType.RecordDef(List.of(nv("a", U32), nv("b-c", STRING)))),
                        def(new DefValType.VariantDef(List.of(new DefValType.Case("x", Optional.empty()),
                                new DefValType.Case("y", Optional.of(idx(0)))))),
                        def(new DefValType.ListDef(U8)),
                        def(new DefValType.TupleDef(List.of(PrimValType.S8, PrimValType.S16, PrimValType.S32,
                                PrimValType.S64))),
                        def(new DefValType.FlagsDef(List.of("f1", "f2"))),
                        def(new DefValType.EnumDef(List.of("e1", "e2", "e3"))),
                        def(new DefValType.OptionDef(PrimValType.F64)),
                        def(new DefValType.ResultDef(Optional.of(idx(2)), Optional.of(PrimValType.CHAR))),
                        def(new DefValType.ResultDef(Optional.empty(), Optional.empty())),
                        def(new DefValType.ListDef(idx(3))),
                        func(List.of(nv("p", idx(0)), nv("q", PrimValType.BOOL)), idx(6)),
                        func(List.of(), null),
                        def(new DefValType.StreamDef(Optional.of(U8))),
                        def(new DefValType.FutureDef(Optional.empty())),
                        new TypeDef.Func(true, List.of(nv("x", PrimValType.U64)), Optional.empty(), 0),
                        def(new DefValType.Primitive(PrimValType.ERROR_CONTEXT))), 0),
                nameSection(Optional.empty(), names(Sort.TYPE, na(0, "r"), na(1, "v"), na(2, "l"), na(3, "t"),
                        na(4, "f"), na(5, "e"), na(6, "o"), na(7, "res"), na(8, "res2"), na(9, "big")))), c);
        // offsets, from xxd: "0758 10 72 0201 6179 0362 2d63 73 71 ..." — section contents at 10, record at 11
        TypeSection types = (TypeSection) c.sections().get(0);
        assertEquals(10, types.offset());
        assertEquals(11, types.types().get(0).offset());
        assertEquals(21, types.types().get(1).offset());
        assertEquals(0, c.offset());
        assertEquals(resource("types.wasm").length, c.size());
    }

    @Test
    void resourcesAndHandles() throws Exception {
        Component c = decode("resources");
        TypeDef.Func ctor = func(List.of(nv("rep", U32)), idx(2));
        assertSections(List.of(
                module(),
                new CoreInstanceSection(List.of(new CoreInstance.Instantiate(0, List.of(), 0)), 0),
                new AliasSection(List.of(new Alias.CoreInstanceExport(Sort.CORE_FUNC, 0, "dtor", 0)), 0),
                new TypeSection(List.of(
                        new TypeDef.Resource(CoreValType.Num.I32, Optional.of(0L), 0),
                        new TypeDef.Resource(CoreValType.Num.I32, Optional.empty(), 0)), 0),
                new CanonSection(List.of(new Canon.ResourceNew(0, 0), new Canon.ResourceDrop(0, 0),
                        new Canon.ResourceRep(0, 0)), 0),
                new TypeSection(List.of(
                        def(new DefValType.OwnDef(0)),
                        def(new DefValType.BorrowDef(0)),
                        ctor,
                        func(List.of(nv("self", idx(3))), U32)), 0),
                new ExportSection(List.of(new Export(name("res"), new SortIndex(Sort.TYPE, 0), Optional.empty(), 0)),
                        0),
                new ImportSection(List.of(
                        new Import(name("[constructor]thing"), new ExternType.Func(4), 0),
                        new Import(name("[method]thing.get"), new ExternType.Func(5), 0),
                        new Import(name("[static]thing.make"), new ExternType.Func(4), 0)), 0),
                nameSection(Optional.empty(),
                        names(Sort.CORE_FUNC, na(0, "dtor"), na(1, "new"), na(2, "drop"), na(3, "rep")),
                        names(Sort.CORE_MODULE, na(0, "m")),
                        names(Sort.CORE_INSTANCE, na(0, "i")),
                        names(Sort.TYPE, na(0, "res"), na(1, "plain"), na(2, "own"), na(3, "borrow"),
                                na(4, "ctor-t"), na(5, "method-t"), na(6, "exp")))), c);

        // the core module is kept byte-exact: section 1 starts at offset 10 ("01 <size> \0asm…")
        byte[] file = resource("resources.wasm");
        CoreModuleSection m = (CoreModuleSection) c.sections().get(0);
        assertEquals(10, m.offset());
        assertArrayEquals(Arrays.copyOfRange(file, 10, 10 + m.bytes().length), m.bytes());
        assertEquals(2, Parser.parse(m.bytes()).exportSection().exportCount());
    }

    @Test
    void liftLowerAndInstances() throws Exception {
        Component c = decode("lift_lower");
        assertSections(List.of(
                new TypeSection(List.of(new TypeDef.InstanceType(List.of(
                        new Declarator.TypeDecl(func(List.of(), U32), 0),
                        new Declarator.Export(name("get"), new ExternType.Func(0), 0)), 0)), 0),
                new ImportSection(List.of(new Import(name("wasi:cli/stdout@0.2.0"), new ExternType.Instance(0), 0)),
                        0),
                new AliasSection(List.of(new Alias.InstanceExport(Sort.FUNC, 0, "get", 0)), 0),
                module(),
                new CoreInstanceSection(List.of(new CoreInstance.Instantiate(0, List.of(), 0)), 0),
                new AliasSection(List.of(
                        new Alias.CoreInstanceExport(Sort.CORE_MEMORY, 0, "memory", 0),
                        new Alias.CoreInstanceExport(Sort.CORE_FUNC, 0, "realloc", 0),
                        new Alias.CoreInstanceExport(Sort.CORE_FUNC, 0, "post", 0),
                        new Alias.CoreInstanceExport(Sort.CORE_FUNC, 0, "run", 0)), 0),
                new CanonSection(List.of(new Canon.Lower(0, List.of(new CanonOpt.Memory(0), new CanonOpt.Realloc(0),
                        new CanonOpt.StringEncodingOpt(StringEncoding.UTF16)), 0)), 0),
                new CoreInstanceSection(List.of(new CoreInstance.FromExports(List.of(
                        new CoreInstance.Export("g", new CoreSortIndex(CoreSort.FUNC, 3)),
                        new CoreInstance.Export("m", new CoreSortIndex(CoreSort.MEMORY, 0))), 0)), 0),
                new TypeSection(List.of(func(List.of(nv("s", STRING)), STRING)), 0),
                new CanonSection(List.of(new Canon.Lift(2, List.of(new CanonOpt.Memory(0), new CanonOpt.Realloc(0),
                        new CanonOpt.PostReturn(1), new CanonOpt.StringEncodingOpt(StringEncoding.LATIN1_UTF16)), 1,
                        0)), 0),
                new InstanceSection(List.of(new Instance.FromExports(List.of(
                        new Instance.Export(name("run"), new SortIndex(Sort.FUNC, 1))), 0)), 0),
                new ExportSection(List.of(
                        new Export(name("run"), new SortIndex(Sort.FUNC, 1), Optional.of(new ExternType.Func(1)), 0),
                        new Export(name("inst"), new SortIndex(Sort.INSTANCE, 1), Optional.empty(), 0)), 0),
                nameSection(Optional.empty(),
                        names(Sort.CORE_FUNC, na(0, "realloc"), na(1, "post"), na(2, "run"), na(3, "get-lowered")),
                        names(Sort.CORE_MEMORY, na(0, "memory")),
                        names(Sort.CORE_MODULE, na(0, "mem")),
                        names(Sort.CORE_INSTANCE, na(0, "mi"), na(1, "inline")),
                        names(Sort.FUNC, na(0, "get"), na(1, "lifted")),
                        names(Sort.TYPE, na(1, "run-t")),
                        names(Sort.INSTANCE, na(0, "stdout"), na(1, "inst")))), c);
    }

    @Test
    void nestedComponentsAndTypeDeclarators() throws Exception {
        Component c = decode("nested");
        Component deeper = new Component(List.of(nameSection(Optional.of("deeper"))), 0, 0);
        Component inner = new Component(List.of(
                new TypeSection(List.of(func(List.of(), null)), 0),
                new ImportSection(List.of(new Import(name("x"), new ExternType.Func(0), 0)), 0),
                new AliasSection(List.of(new Alias.Outer(Sort.TYPE, 1, 0, 0)), 0),
                new ComponentSection(deeper, 0),
                new ExportSection(List.of(new Export(name("y"), new SortIndex(Sort.FUNC, 0), Optional.empty(), 0)),
                        0),
                nameSection(Optional.of("inner"), names(Sort.FUNC, na(0, "x")), names(Sort.TYPE, na(1, "tt")),
                        names(Sort.COMPONENT, na(0, "deeper")))), 0, 0);
        CoreType.RecGroup cft = new CoreType.RecGroup(List.of(new CoreType.SubType(true, List.of(),
                new CoreType.Func(List.of(CoreValType.Num.I32, CoreValType.Num.I64), List.of(CoreValType.Num.F32)))),
                false, 0);
        CoreType.RecGroup emptyFunc = new CoreType.RecGroup(List.of(new CoreType.SubType(true, List.of(),
                new CoreType.Func(List.of(), List.of()))), false, 0);
        CoreExternType.Limits oneTwo = new CoreExternType.Limits(1, Optional.of(2L));
        assertSections(List.of(
                new TypeSection(List.of(def(new DefValType.Primitive(STRING))), 0),
                new ImportSection(List.of(
                        new Import(name("ifc"), new ExternType.Type(new ExternType.SubResource()), 0),
                        new Import(name("eq"), new ExternType.Type(new ExternType.TypeEq(0)), 0)), 0),
                new CoreTypeSection(List.of(cft, new CoreType.ModuleType(List.of(
                        new ModuleDecl.Import("env", "f", new CoreExternType.Func(0), 0),
                        new ModuleDecl.Type(emptyFunc, 0),
                        new ModuleDecl.OuterTypeAlias(1, 0, 0),
                        new ModuleDecl.Export("mem", new CoreExternType.Memory(oneTwo, false, false, Optional.empty()),
                                0),
                        new ModuleDecl.Export("g", new CoreExternType.Global(CoreValType.Num.I32, true, false), 0),
                        new ModuleDecl.Export("t", new CoreExternType.Table(new CoreValType.Ref(true,
                                new CoreValType.Abstract(CoreValType.AbstractHeap.FUNC, false)),
                                new CoreExternType.Limits(1, Optional.empty()), false, false), 0)), 0)), 0),
                new TypeSection(List.of(
                        new TypeDef.InstanceType(List.of(
                                new Declarator.TypeDecl(def(new DefValType.Primitive(STRING)), 0),
                                new Declarator.Export(name("s"), new ExternType.Type(new ExternType.TypeEq(0)), 0),
                                new Declarator.Export(name("r"), new ExternType.Type(new ExternType.SubResource()), 0),
                                new Declarator.AliasDecl(new Alias.Outer(Sort.TYPE, 1, 0, 0), 0),
                                new Declarator.TypeDecl(func(List.of(nv("x", idx(3))), null), 0),
                                new Declarator.Export(name("f"), new ExternType.Func(4), 0)), 0),
                        new TypeDef.ComponentType(List.of(
                                new Declarator.AliasDecl(new Alias.Outer(Sort.TYPE, 1, 3, 0), 0),
                                new Declarator.Import(name("i"), new ExternType.Instance(0), 0),
                                new Declarator.TypeDecl(func(List.of(), null), 0),
                                new Declarator.Export(name("e"), new ExternType.Func(1), 0)), 0)), 0),
                new ComponentSection(inner, 0),
                new TypeSection(List.of(func(List.of(), null)), 0),
                new ImportSection(List.of(new Import(name("f"), new ExternType.Func(5), 0)), 0),
                new InstanceSection(List.of(new Instance.Instantiate(0,
                        List.of(new Instance.Arg("x", new SortIndex(Sort.FUNC, 0))), 0)), 0),
                new AliasSection(List.of(new Alias.InstanceExport(Sort.FUNC, 0, "y", 0)), 0),
                new ImportSection(List.of(
                        new Import(name("c"), new ExternType.Component(4), 0),
                        new Import(name("m"), new ExternType.CoreModule(1), 0)), 0),
                nameSection(Optional.of("outer"),
                        names(Sort.CORE_TYPE, na(0, "cft"), na(1, "mt")),
                        names(Sort.FUNC, na(0, "f"), na(1, "y")),
                        names(Sort.TYPE, na(0, "T"), na(1, "imp-res"), na(2, "eq"), na(3, "it"), na(4, "ct")),
                        names(Sort.COMPONENT, na(0, "inner")),
                        names(Sort.INSTANCE, na(0, "ii")))), c);
        // nested components keep absolute offsets: from xxd the nested preamble of $inner is at 0x91 (145)
        ComponentSection nested = (ComponentSection) c.sections().get(4);
        assertEquals(145, nested.component().offset());
        assertEquals(145, nested.offset());
        byte[] file = resource("nested.wasm");
        assertEquals(0x00, file[145]);
        assertEquals('a', file[146]);
        assertEquals(0x0d, file[149]);
    }

    @Test
    void asyncBuiltins() throws Exception {
        Component c = decode("async");
        CanonOpt mem = new CanonOpt.Memory(0);
        CanonOpt async = new CanonOpt.Async();
        List<Canon> builtins = List.of(
                new Canon.BackpressureInc(0),
                new Canon.BackpressureDec(0),
                new Canon.TaskReturn(Optional.of(U32), List.of(mem), 0),
                new Canon.TaskCancel(0),
                new Canon.ContextGet(CoreValType.Num.I32, 0, 0),
                new Canon.ContextSet(CoreValType.Num.I32, 1, 0),
                new Canon.SubtaskCancel(true, 0),
                new Canon.SubtaskDrop(0),
                new Canon.StreamNew(0, 0),
                new Canon.StreamRead(0, List.of(async, mem), 0),
                new Canon.StreamWrite(0, List.of(mem), 0),
                new Canon.StreamCancelRead(0, true, 0),
                new Canon.StreamCancelWrite(0, false, 0),
                new Canon.StreamDropReadable(0, 0),
                new Canon.StreamDropWritable(0, 0),
                new Canon.FutureNew(1, 0),
                new Canon.FutureRead(1, List.of(mem, new CanonOpt.StringEncodingOpt(StringEncoding.UTF8)), 0),
                new Canon.FutureWrite(1, List.of(async, mem), 0),
                new Canon.FutureCancelRead(1, false, 0),
                new Canon.FutureCancelWrite(1, true, 0),
                new Canon.FutureDropReadable(1, 0),
                new Canon.FutureDropWritable(1, 0),
                new Canon.ErrorContextNew(List.of(mem), 0),
                new Canon.ErrorContextDebugMessage(List.of(mem), 0),
                new Canon.ErrorContextDrop(0),
                new Canon.WaitableSetNew(0),
                new Canon.WaitableSetWait(false, 0, 0),
                new Canon.WaitableSetPoll(false, 0, 0),
                new Canon.WaitableSetDrop(0),
                new Canon.WaitableJoin(0),
                new Canon.ThreadYield(false, 0),
                new Canon.ThreadIndex(0),
                new Canon.ThreadResumeLater(0),
                new Canon.ThreadSuspend(false, 0));
        assertSections(List.of(
                module(),
                new CoreInstanceSection(List.of(new CoreInstance.Instantiate(0, List.of(), 0)), 0),
                new AliasSection(List.of(
                        new Alias.CoreInstanceExport(Sort.CORE_MEMORY, 0, "mem", 0),
                        new Alias.CoreInstanceExport(Sort.CORE_FUNC, 0, "cb", 0)), 0),
                new TypeSection(List.of(def(new DefValType.StreamDef(Optional.of(U8))),
                        def(new DefValType.FutureDef(Optional.of(STRING)))), 0),
                new CanonSection(builtins, 0),
                new TypeSection(List.of(new TypeDef.Func(true, List.of(nv("x", U32)), Optional.of(U32), 0)), 0),
                new CanonSection(List.of(new Canon.ContextGet(CoreValType.Num.I32, 0, 0),
                        new Canon.Lift(35, List.of(async, new CanonOpt.Callback(0), mem), 2, 0)), 0),
                nameSection(Optional.empty(),
                        names(Sort.CORE_FUNC, na(0, "cb"), na(35, "run")),
                        names(Sort.CORE_MEMORY, na(0, "mem")),
                        names(Sort.CORE_MODULE, na(0, "m")),
                        names(Sort.CORE_INSTANCE, na(0, "i")),
                        names(Sort.TYPE, na(0, "s"), na(1, "fu"), na(2, "ft")))), c);
    }

    @Test
    void gatedEncodings() throws Exception {
        Component c = decode("gated");
        assertSections(List.of(
                new TypeSection(List.of(def(new DefValType.MapDef(STRING, U32)),
                        def(new DefValType.FixedListDef(U8, 4))), 0),
                new ImportSection(List.of(new Import(name("v"), new ExternType.Value(new ExternType.ValueOf(U32)), 0)),
                        0),
                new TypeSection(List.of(func(List.of(nv("a", U32)), STRING)), 0),
                new ImportSection(List.of(new Import(name("f"), new ExternType.Func(2), 0)), 0),
                new StartSection(0, List.of(0L), 1, 0),
                new ExportSection(List.of(new Export(name("r"), new SortIndex(Sort.VALUE, 1), Optional.empty(), 0)),
                        0),
                new TypeSection(List.of(new TypeDef.InstanceType(List.of(), 0)), 0),
                new ImportSection(List.of(new Import(new ExternName("store", 0x02,
                        List.of(new NameAttribute.Implements("wasi:keyvalue/store@0.2.0")), 0),
                        new ExternType.Instance(3), 0)), 0),
                nameSection(Optional.empty(),
                        names(Sort.FUNC, na(0, "f")),
                        names(Sort.VALUE, na(0, "v")),
                        names(Sort.TYPE, na(0, "m"), na(1, "fl")))), c);
        assertInstanceOf(CustomSection.class, c.sections().get(c.sections().size() - 1));
    }
}
