package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.PrimitiveType;
import dev.weft.error.LinkException;
import dev.weft.testkit.Fixtures;
import dev.weft.value.U32Val;
import dev.weft.value.Val;
import dev.weft.wave.WaveException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Linking by name: Wasmtime's semver rules ({@code crates/environ/src/component/names.rs},
 * {@code alternate_lookup_key}) for imports and export lookup, and one {@link LinkException} naming every import
 * that cannot be satisfied. Uses {@code fixtures/wat/semver.wat} and {@code c-hello} (a WASI command).
 */
class LinkerTest {
    private static final FuncType VALUE = new FuncType(List.of(), Optional.of(PrimitiveType.U32), false);
    private static Engine engine;
    private static Component semver;

    @BeforeAll
    static void load() throws Exception {
        engine = Engine.builder().withoutDiskCache().build();
        semver = Component.decode(Fixtures.componentBytes("semver"));
    }

    private static Linker hostWith(String... versions) {
        Linker linker = new Linker();
        for (String version : versions) {
            long patch = Long.parseLong(version.replaceAll("^\\d+\\.\\d+\\.(\\d+).*", "$1"));
            linker.instance("a:b/old@" + version).function("value", args -> List.of(new U32Val(patch)));
        }
        return linker;
    }

    private static long valueThrough(Linker linker) throws Exception {
        ComponentInstance instance = linker.prepare(engine, semver).instantiate();
        return ((U32Val) instance.function("a:b/api@0.1.3", "value").orElseThrow().invoke().orElseThrow()).value();
    }

    @Test
    void importBindsToTheHighestSemverCompatibleHostVersion() throws Exception {
        // the component imports a:b/old@0.2.0
        assertEquals(12, valueThrough(hostWith("0.2.12")));
        assertEquals(12, valueThrough(hostWith("0.2.7", "0.2.12", "0.2.3")));
        // an exact match wins over a newer compatible one
        assertEquals(0, valueThrough(hostWith("0.2.12", "0.2.0")));
        // build metadata does not matter
        assertEquals(5, valueThrough(hostWith("0.2.5+build.7")));
    }

    @Test
    void incompatibleVersionsDoNotBind() {
        for (String version : List.of("0.3.0", "1.2.0", "0.2.1-rc.1", "0.02.1")) {
            LinkException e = assertThrows(LinkException.class, () -> hostWith(version).prepare(engine, semver),
                    version);
            assertEquals("missing import `a:b/old@0.2.0`: the host defines no such instance", e.getMessage());
        }
    }

    @Test
    void wasmtimeAlternateLookupRules() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : List.of("x:y/z@1.0.0", "x:y/z@1.4.2", "x:y/z@0.0.1", "x:y/p@0.3.0-rc.1", "x:y/q@0.1.0",
                "x:y/b@2.0.0+abc")) {
            map.put(name, name);
        }
        assertEquals(Optional.of("x:y/z@1.4.2"), VersionedName.lookup(map, "x:y/z@1.0.7"));
        assertEquals(Optional.of("x:y/z@1.0.0"), VersionedName.lookup(map, "x:y/z@1.0.0"), "exact first");
        assertEquals(Optional.of("x:y/z@0.0.1"), VersionedName.lookup(map, "x:y/z@0.0.1"));
        assertEquals(Optional.empty(), VersionedName.lookup(map, "x:y/z@0.0.2"), "0.0.x matches only itself");
        assertEquals(Optional.empty(), VersionedName.lookup(map, "x:y/z@2.0.0"));
        assertEquals(Optional.of("x:y/p@0.3.0-rc.1"), VersionedName.lookup(map, "x:y/p@0.3.0-rc.1"));
        assertEquals(Optional.empty(), VersionedName.lookup(map, "x:y/p@0.3.0"), "a pre-release is on no track");
        assertEquals(Optional.empty(), VersionedName.lookup(map, "x:y/p@0.3.0-rc.2"));
        assertEquals(Optional.empty(), VersionedName.lookup(map, "x:y/q@0.1.0-rc.1"));
        assertEquals(Optional.of("x:y/q@0.1.0"), VersionedName.lookup(map, "x:y/q@0.1.9"));
        assertEquals(Optional.of("x:y/b@2.0.0+abc"), VersionedName.lookup(map, "x:y/b@2.1.0"));
        assertEquals(Optional.empty(), VersionedName.lookup(map, "x:y/z"), "no version, no alternate");
        assertEquals(Optional.empty(), VersionedName.lookup(map, "x:y/z@1.0"), "not semver");
        assertFalse(VersionedName.parse("x:y/z@01.0.0").isPresent(), "leading zeros are not semver");
    }

    @Test
    void exportLookupIsSemverAwareAsInWasmtime() throws Exception {
        ComponentInstance instance = hostWith("0.2.4").prepare(engine, semver).instantiate();
        // Wasmtime's component_export_lookup_item_name test: my:test/other@0.1.1 finds the @0.1.0 export
        assertTrue(instance.instance("a:b/api@0.1.0").isPresent());
        assertTrue(instance.function("a:b/api@0.1.99", "value").isPresent());
        assertFalse(instance.instance("a:b/api@0.2.0").isPresent());
        assertFalse(instance.instance("a:b/api").isPresent());
        Invocation call = Invocation.parse(instance, "a:b/api.value@0.1.0()");
        assertEquals("4", call.run());
    }

    @Test
    void aBareNameInTwoExportedInstancesIsAmbiguousForInvoke() throws Exception {
        ComponentInstance instance = hostWith("0.2.4").prepare(engine, semver).instantiate();
        WaveException e = assertThrows(WaveException.class, () -> Invocation.parse(instance, "value()"));
        assertTrue(e.getMessage().contains("more than one exported instance has a function `value`; name one of"
                + " them: `a:b/api.value@0.1.3`, `a:b/other.value@0.1.3`, `plain.value`"), e.getMessage());
        assertEquals("4", Invocation.parse(instance, "plain.value()").run());
        assertEquals("4", Invocation.parse(instance, "a:b/other.value@0.1.3()").run());
    }

    @Test
    void everyUnsatisfiedImportIsReportedAtOnce() throws Exception {
        Component hello = Component.decode(Fixtures.componentBytes("c-hello"));
        LinkException e = assertThrows(LinkException.class, () -> new Linker().prepare(engine, hello));
        List<String> imports = hello.imports().stream().map(NamedExtern::name).toList();
        assertTrue(imports.size() > 5, imports.toString());
        assertEquals(imports.size(), e.problems().size(), e.getMessage());
        for (int i = 0; i < imports.size(); i++) {
            assertEquals("missing import `" + imports.get(i) + "`: the host defines no such instance",
                    e.problems().get(i));
        }
        assertTrue(e.getMessage().startsWith(e.problems().get(0) + "; "), e.getMessage());
        assertTrue(e.getMessage().endsWith("(" + imports.size() + " imports cannot be satisfied)"), e.getMessage());
    }

    @Test
    void mistypedAndMissingMembersAreNamedWithTheirTypes() {
        Linker wrongType = new Linker();
        wrongType.instance("a:b/old@0.2.0").function("value",
                new FuncType(List.of(), Optional.of(PrimitiveType.STRING), false), args -> List.<Val>of());
        LinkException e = assertThrows(LinkException.class, () -> wrongType.prepare(engine, semver));
        assertEquals(List.of("import `a:b/old@0.2.0#value` has type `func() -> u32`, but the host function has type"
                + " `func() -> string`"), e.problems());

        Linker empty = new Linker();
        empty.instance("a:b/old@0.2.0");
        e = assertThrows(LinkException.class, () -> empty.prepare(engine, semver));
        assertEquals(List.of("import `a:b/old@0.2.0#value` (function `func() -> u32`) is not defined by the host"),
                e.problems());

        Linker function = new Linker();
        function.root().function("a:b/old@0.2.0", args -> List.of());
        e = assertThrows(LinkException.class, () -> function.prepare(engine, semver));
        assertEquals(List.of("import `a:b/old@0.2.0` expects an instance, but the host defines a function"),
                e.problems());
    }

    @Test
    void declaredTypeThatMatchesLinks() throws Exception {
        Linker linker = new Linker();
        linker.instance("a:b/old@0.2.0").function("value", VALUE, args -> List.of(new U32Val(42)));
        assertEquals(42, valueThrough(linker));
    }
}
