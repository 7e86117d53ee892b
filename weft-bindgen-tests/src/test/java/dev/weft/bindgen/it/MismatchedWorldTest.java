package dev.weft.bindgen.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.bindgen.it.mismatch.AllTypesWorld;
import dev.weft.component.Component;
import dev.weft.error.LinkException;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Linker;
import dev.weft.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Bindings for a world that differs from js-all-types' in two signatures (src/main/wit/mismatch): the component
 * is refused before it is compiled, naming each function with the expected and the actual type.
 */
class MismatchedWorldTest {
    @Test
    void mismatchedExportsAreRefusedByName() throws Exception {
        Component component = Component.decode(Fixtures.componentBytes("js-all-types"));
        Linker linker = new Linker();
        AllTypesWorld.addToLinker(linker, new dev.weft.bindgen.it.mismatch.Host() {
            @Override
            public void log(String message) {
            }

            @Override
            public long transform(long x) {
                return x;
            }
        });
        LinkException e = assertThrows(LinkException.class,
                () -> AllTypesWorld.prepare(Engine.create(), linker, component));
        String m = e.getMessage();
        assertTrue(m.contains("test:all-types/api#negate: expected func(b: u32) -> bool, but the component exports "
                + "func(b: bool) -> bool"), m);
        assertTrue(m.contains("test:all-types/api#scale-point: expected func(p: record { x: s32, z: s32 }, k: s32)"
                + " -> record { x: s32, z: s32 }, but the component exports func(p: record { x: s32, y: s32 }, "
                + "k: s32) -> record { x: s32, y: s32 }"), m);
        assertTrue(!m.contains("reverse-string"), "reverse-string matches: " + m);
    }

    @Test
    void aComponentOfAnotherWorldIsRefused() throws Exception {
        Component other = Component.decode(Fixtures.componentBytes("example-hello"));
        LinkException e = assertThrows(LinkException.class, () -> AllTypesWorld.check(other));
        assertTrue(e.getMessage().contains("test:all-types/api#negate: the component does not export it "
                + "(expected func(b: u32) -> bool)"), e.getMessage());
    }
}
