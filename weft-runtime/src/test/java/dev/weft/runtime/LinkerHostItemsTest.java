package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.error.LinkException;
import dev.weft.runtime.engine.CoreModule;
import dev.weft.value.Val;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Imports a host satisfies other than with functions, as Wasmtime's linker does (resources/linking/linking-host.wat):
 * a core module offered with {@link LinkerInstance#module}, checked against the import's module type; empty
 * instances and {@code eq}-bounded type imports that need no definition; and shadowing.
 */
class LinkerHostItemsTest {
    private static final Engine ENGINE = Engine.builder().withoutDiskCache().build();

    /** wat2wasm of {@code (module (global (export "g") i32 i32.const 100) (func (export "f") (result i32) i32.const 101))}. */
    private static final String SIMPLE = "0061736d010000000105016000017f030201000607017f0041e4000b07090201670300"
            + "016600000a0701050041e5000b";
    /** {@code (module (func (export "f") (result i32) i32.const 1))}: no export {@code g}. */
    private static final String NO_G = "0061736d010000000105016000017f03020100070501016600000a0601040041010b";
    /** {@code (module (global (export "g") i32 i32.const 1) (func (export "f") (result i64) i64.const 1))}. */
    private static final String WRONG_F = "0061736d010000000105016000017e030201000606017f0041010b07090201670300016600"
            + "000a0601040042010b";
    /** Like {@link #SIMPLE} (g = 1, f = 1) but importing {@code x.y: func}, which the import's type does not list. */
    private static final String IMPORTS_MORE = "0061736d010000000108026000006000017f020701017801790000030201010606017f"
            + "0041010b07090201670300016600010a0601040041010b";

    private static Component component() throws Exception {
        try (InputStream in = LinkerHostItemsTest.class.getResourceAsStream("/linking/linking-host.wasm")) {
            if (in == null) {
                throw new IOException("test resource linking/linking-host.wasm is missing");
            }
            return Component.decode(in.readAllBytes());
        }
    }

    private static CoreModule module(String hex) throws Exception {
        return ENGINE.compileModule(HexFormat.of().parseHex(hex));
    }

    @Test
    void aHostCoreModuleIsInstantiatedByTheComponentAndUnprovidedEmptyImportsLink() throws Exception {
        Linker linker = new Linker();
        linker.instance("host").module("m", module(SIMPLE));
        ComponentInstance instance = linker.prepare(ENGINE, component()).instantiate();
        assertEquals(Optional.of(Val.s32(201)), instance.function("run").orElseThrow().invoke());
    }

    @Test
    void aHostModuleMustMatchTheImportedModuleType() throws Exception {
        for (String[] bad : new String[][] {{NO_G, "no export `g`"}, {WRONG_F, "export `f`"},
                {IMPORTS_MORE, "imports `x.y`"}}) {
            Linker linker = new Linker();
            linker.instance("host").module("m", module(bad[0]));
            LinkException e = assertThrows(LinkException.class, () -> linker.prepare(ENGINE, component()));
            assertTrue(e.getMessage().contains("host#m") && e.getMessage().contains(bad[1]), e.getMessage());
        }
    }

    @Test
    void aMissingModuleOrAFunctionWhereAModuleIsExpectedFailsToLink() throws Exception {
        LinkException missing = assertThrows(LinkException.class, () -> new Linker().prepare(ENGINE, component()));
        assertTrue(missing.getMessage().contains("`host`"), missing.getMessage());
        Linker wrongKind = new Linker();
        wrongKind.instance("host").function("m", args -> List.of());
        LinkException e = assertThrows(LinkException.class, () -> wrongKind.prepare(ENGINE, component()));
        assertTrue(e.getMessage().contains("expects a core module"), e.getMessage());
    }

    @Test
    void shadowingIsOffByDefaultAndReplacesWhenAllowed() throws Exception {
        Linker strict = new Linker();
        strict.instance("host").module("m", module(NO_G));
        assertThrows(IllegalArgumentException.class, () -> strict.instance("host").module("m", module(SIMPLE)));
        Linker shadowing = new Linker().allowShadowing(true);
        shadowing.instance("host").module("m", module(NO_G));
        shadowing.instance("host").module("m", module(SIMPLE));
        ComponentInstance instance = shadowing.prepare(ENGINE, component()).instantiate();
        assertEquals(Optional.of(Val.s32(201)), instance.function("run").orElseThrow().invoke());
    }
}
