package dev.weft.wit;

import static dev.weft.wit.WitTestSupport.assertRoundTrips;
import static dev.weft.wit.WitTestSupport.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.EnumType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import dev.weft.wit.resolve.Function;
import dev.weft.wit.resolve.Interface;
import dev.weft.wit.resolve.InterfaceRef;
import dev.weft.wit.resolve.PackageName;
import dev.weft.wit.resolve.ResolveOptions;
import dev.weft.wit.resolve.Stability;
import dev.weft.wit.resolve.TypeDefKind;
import dev.weft.wit.resolve.TypeOwner;
import dev.weft.wit.resolve.TypeRef;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.WitResolver;
import dev.weft.wit.resolve.WitType;
import dev.weft.wit.resolve.World;
import dev.weft.wit.resolve.WorldItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution semantics: resources, use, include, gates, file layout, elaboration and ValueType mapping. */
class WitResolveTest {
    static final PackageName T = PackageName.parse("t:t");

    static Interface iface(WitModel m, String pkg, String name) {
        return m.iface(new InterfaceRef.Named(PackageName.parse(pkg), name)).orElseThrow();
    }

    static List<String> importNames(World w) {
        return w.imports().stream().map(WorldItem::externName).toList();
    }

    static List<String> exportNames(World w) {
        return w.exports().stream().map(WorldItem::externName).toList();
    }

    @Test
    void resourceFunctionsDesugarAsInWitMd() throws WitException {
        WitModel m = resolve("""
                package t:t;
                interface i {
                  resource blob {
                    constructor(init: list<u8>);
                    write: func(bytes: list<u8>);
                    merge: static func(lhs: borrow<blob>, rhs: borrow<blob>) -> blob;
                  }
                  resource blob2 { constructor(init: list<u8>) -> result<blob2>; }
                }
                """);
        Interface i = iface(m, "t:t", "i");
        TypeRef blob = new TypeRef(new TypeOwner.OfInterface(i.ref()), "blob");
        List<Function> fs = ((TypeDefKind.Resource) i.type("blob").orElseThrow().kind()).functions();
        assertEquals(List.of("[constructor]blob", "[method]blob.write", "[static]blob.merge"),
                fs.stream().map(Function::externName).toList());
        assertEquals(Optional.of(new WitType.Named(blob)), fs.get(0).result());
        assertEquals("self", fs.get(1).params().get(0).name());
        assertEquals(new WitType.Borrow(blob), fs.get(1).params().get(0).type());
        assertEquals(List.of("[constructor]blob", "[method]blob.write", "[static]blob.merge", "[constructor]blob2"),
                i.allFunctions().stream().map(Function::externName).toList());
        assertEquals("write", i.functionByExternName("[method]blob.write").orElseThrow().name());
        Function c2 = ((TypeDefKind.Resource) i.type("blob2").orElseThrow().kind()).functions().get(0);
        assertInstanceOf(WitType.ResultOf.class, c2.result().orElseThrow());
    }

    @Test
    void toValueTypeIsStructuralAndResourcesKeepIdentity() throws WitException {
        WitModel m = resolve("""
                package dep:d;
                interface base { resource conn; enum level { low, high } }
                """, """
                package t:t;
                interface i {
                  use dep:d/base.{conn, level as lvl};
                  record point { x: s32, y: option<string> }
                  variant v { a, b(list<point>) }
                  type alias = point;
                  f: func(c: borrow<conn>, l: lvl) -> result<conn, v>;
                }
                """);
        Interface i = iface(m, "t:t", "i");
        TypeOwner owner = new TypeOwner.OfInterface(i.ref());
        ValueType point = m.toValueType(new WitType.Named(new TypeRef(owner, "alias")));
        assertEquals(new RecordType(List.of(new RecordType.Field("x", PrimitiveType.S32),
                new RecordType.Field("y", new OptionType(PrimitiveType.STRING)))), point);
        assertEquals(new VariantType(List.of(new VariantType.Case("a", Optional.empty()),
                new VariantType.Case("b", Optional.of(new ListType(point))))),
                m.toValueType(new WitType.Named(new TypeRef(owner, "v"))));
        FuncType f = m.toFuncType(i.function("f").orElseThrow());
        BorrowType borrow = (BorrowType) f.params().get(0).type();
        assertEquals(new EnumType(List.of("low", "high")), f.params().get(1).type());
        ResultType result = (ResultType) f.result().orElseThrow();
        OwnType own = (OwnType) result.ok().orElseThrow();
        // the used name and the original definition are the same resource type
        assertSame(borrow.resource(), own.resource());
        assertSame(own.resource(), m.resourceType(new TypeRef(
                new TypeOwner.OfInterface(new InterfaceRef.Named(PackageName.parse("dep:d"), "base")), "conn")));
        WitModel other = resolve("package dep:d;\ninterface base { resource conn; enum level { low, high } }");
        assertNotSame(own.resource(), other.resourceType(new TypeRef(
                new TypeOwner.OfInterface(new InterfaceRef.Named(PackageName.parse("dep:d"), "base")), "conn")));
    }

    @Test
    void includeMergesDeduplicatesAndRenames() throws WitException {
        WitModel m = resolve("""
                package t:t;
                interface a { f: func(); }
                interface b { g: func(); }
                world one { import a; import x: func(); export b; }
                world two { import a; import x: func(); import y: interface { h: func(); } }
                world u { import z: func(); include one; include two with { x as x2, y as y2 } }
                """);
        World u = m.world(T, "u").orElseThrow();
        // canonical import order: interfaces, then types, then functions (as wit-component prints worlds)
        assertEquals(List.of("t:t/a", "y2", "z", "x", "x2"), importNames(u));
        assertEquals(List.of("t:t/b"), exportNames(u));
        WorldItem.InlineInterface y2 = (WorldItem.InlineInterface) u.importNamed("y2").orElseThrow();
        assertEquals(new InterfaceRef.Inline(T, "u", "y2", false), y2.iface().ref());
        assertRoundTrips(m);
    }

    @Test
    void elaborationAddsUsedInterfacesAsImports() throws WitException {
        WitModel m = resolve("""
                package t:t;
                interface a { resource r; }
                interface b { use a.{r}; foo: func() -> r; }
                interface c { use b.{r}; }
                world w1 { export b; }
                world w2 { import a; export b; }
                world w3 { export c; export b; }
                """);
        World w1 = m.world(T, "w1").orElseThrow();
        World w2 = m.world(T, "w2").orElseThrow();
        assertEquals(w2.imports(), w1.imports());
        assertEquals(w2.exports(), w1.exports());
        World w3 = m.world(T, "w3").orElseThrow();
        assertEquals(List.of("t:t/a"), importNames(w3));
        assertEquals(List.of("t:t/b", "t:t/c"), exportNames(w3));
    }

    @Test
    void unstableItemsAreDroppedUnlessTheFeatureIsEnabled() throws WitException {
        String text = """
                package t:t@1.0.0;
                interface i {
                  @unstable(feature = fancy) f: func();
                  @since(version = 1.0.0) g: func();
                }
                @unstable(feature = fancy) interface j {}
                world w { import i; @unstable(feature = fancy) import j; }
                """;
        WitModel off = resolve(ResolveOptions.defaults(), text);
        PackageName p = PackageName.parse("t:t@1.0.0");
        assertEquals(List.of("g"), iface(off, "t:t@1.0.0", "i").functions().stream().map(Function::name).toList());
        assertEquals(1, off.pkg(p).orElseThrow().interfaces().size());
        assertEquals(List.of("t:t/i@1.0.0"), importNames(off.world(p, "w").orElseThrow()));
        WitModel on = resolve(ResolveOptions.withFeatures("fancy"), text);
        Function f = iface(on, "t:t@1.0.0", "i").function("f").orElseThrow();
        assertEquals(new Stability.Unstable("fancy", Optional.empty()), f.stability());
        assertEquals(new Stability.Stable("1.0.0", Optional.empty()),
                iface(on, "t:t@1.0.0", "i").function("g").orElseThrow().stability());
        assertEquals(2, on.pkg(p).orElseThrow().interfaces().size());
    }

    @Test
    void topLevelUseIsFileScoped() throws Exception {
        WitResolver r = new WitResolver();
        r.addSource("dep.wit", "package wasi:http@1.0.0; interface types { type request = u8; } "
                + "interface handler { use types.{request}; handle: func(r: request); }");
        r.addSource("main.wit", """
                package local:demo;
                use wasi:http/types@1.0.0;
                use wasi:http/handler@1.0.0 as h;
                interface my-interface { use types.{request}; }
                world my-world { import h; export h; }
                """);
        WitModel m = r.resolve();
        World w = m.world(PackageName.parse("local:demo"), "my-world").orElseThrow();
        assertEquals(List.of("wasi:http/types@1.0.0", "wasi:http/handler@1.0.0"), importNames(w));
        assertEquals(List.of("wasi:http/handler@1.0.0"), exportNames(w));
    }

    @Test
    void directoryPackagesWithNestedDeps(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("types.wit"), "interface types { use wasi:clocks/clock@0.1.0.{instant}; "
                + "record stat { mtime: instant } }");
        Files.writeString(dir.resolve("world.wit"), "package my:app;\nworld app { import host; export run: func(); }");
        Files.writeString(dir.resolve("host.wit"), "interface host { use types.{stat}; get: func() -> stat; }");
        Path deps = Files.createDirectories(dir.resolve("deps"));
        Path clocks = Files.createDirectories(deps.resolve("wasi-clocks"));
        Files.writeString(clocks.resolve("clock.wit"), "package wasi:clocks@0.1.0;\n"
                + "interface clock { use wasi:io/poll@0.1.0.{pollable}; type instant = u64; }");
        Files.createDirectories(clocks.resolve("deps"));
        Files.writeString(clocks.resolve("deps").resolve("io.wit"),
                "package wasi:io@0.1.0;\ninterface poll { resource pollable; }");
        Files.writeString(deps.resolve("extra.wit"), "package ex:tra { interface e {} }");
        WitResolver r = new WitResolver();
        PackageName root = r.addDirectory(dir);
        assertEquals(PackageName.parse("my:app"), root);
        WitModel m = r.resolve();
        // deps/ entries are read in name order (extra.wit, then wasi-clocks/ whose own deps come first)
        assertEquals(List.of("ex:tra", "wasi:io@0.1.0", "wasi:clocks@0.1.0", "my:app"),
                m.packages().stream().map(p -> p.name().toString()).toList());
        World app = m.world(root, "app").orElseThrow();
        assertEquals(List.of("wasi:io/poll@0.1.0", "wasi:clocks/clock@0.1.0", "my:app/types", "my:app/host"),
                importNames(app));
        assertRoundTrips(m);
    }

    @Test
    void worldTypesAndFunctionsResolveInTheWorldScope() throws WitException {
        WitModel m = resolve("""
                package t:t;
                interface i { record r { a: u8 } }
                world w { use i.{r}; type n = list<r>; import f: func(x: n) -> r; export g: func() -> n; }
                """);
        World w = m.world(T, "w").orElseThrow();
        assertEquals(List.of("t:t/i", "r", "n", "f"), importNames(w));
        Function g = ((WorldItem.FunctionItem) w.exportNamed("g").orElseThrow()).function();
        assertTrue(m.toValueType(g.result().orElseThrow()) instanceof ListType);
        assertRoundTrips(m);
    }

    @Test
    void duplicatePackagesKeepTheFirstCopy() throws WitException {
        WitModel m = resolve("package a:b; interface x { f: func(); }", "package a:b; interface y {}");
        assertEquals(1, m.packages().size());
        assertTrue(m.pkg(PackageName.parse("a:b")).orElseThrow().iface("x").isPresent());
    }

    @Test
    void importOfAPackageWithoutSpacesIsAPath() {
        WitException e = assertThrows(WitException.class, () -> resolve("package t:t; world w { import a:b; }"));
        assertEquals("f0.wit:1:34", e.location().toString());
        assertEquals("expected `/` and an interface name, found `;`", e.reason());
    }

    @Test
    void worldSelectionFollowsWitMd() throws WitException {
        WitModel m = resolve("package dep:d@1.0.0; world other {}", "package t:t; world only {}",
                "package t:two; world a {} world b {}");
        assertEquals("only", m.selectWorld(T, Optional.empty()).name());
        assertEquals("b", m.selectWorld(PackageName.parse("t:two"), Optional.of("b")).name());
        assertEquals("other", m.selectWorld(T, Optional.of("dep:d/other@1.0.0")).name());
        WitException e = assertThrows(WitException.class,
                () -> m.selectWorld(PackageName.parse("t:two"), Optional.empty()));
        assertEquals("package `t:two` has 2 worlds; name the one to use", e.reason());
        e = assertThrows(WitException.class, () -> m.selectWorld(T, Optional.of("nope")));
        assertEquals("world `nope` is not defined in package `t:t`", e.reason());
    }
}
