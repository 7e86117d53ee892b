package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.LinkException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exception tags shared between core instances: imported, re-exported, thrown in one instance and caught in
 * another, and generative (two instances of one tag module define two tags). Expected values follow the
 * exception-handling proposal's semantics (a catch matches only its own tag; catch_all catches the rest).
 */
class CoreTagTest {
    private static final CoreTagType TAG_I32 = new CoreTagType(CoreFuncType.of(List.of(CoreValType.I32), List.of()));
    private static CoreModule tagModule;
    private static CoreModule thrower;
    private static CoreModule catcher;

    @BeforeAll
    static void compile() throws Exception {
        var engine = TestModules.memoryOnlyEngine();
        tagModule = engine.compile(TestModules.bytes("tag_def"));
        thrower = engine.compile(TestModules.bytes("tag_thrower"));
        catcher = engine.compile(TestModules.bytes("tag_catcher"));
    }

    private static CoreInstance throwerOf(CoreInstance tags) throws Exception {
        return thrower.instantiate(CoreImports.builder().instance("tag", tags).build());
    }

    private static CoreInstance catcher(CoreExtern tag, CoreInstance a, CoreInstance b) throws Exception {
        return catcher.instantiate(CoreImports.builder().extern("tag", "t", tag).instance("a", a).instance("b", b)
                .build());
    }

    @Test
    void tagExportHasItsTypeAndIsOneObject() throws Exception {
        var tags = tagModule.instantiate();
        CoreTag tag = assertInstanceOf(CoreTag.class, tags.export("t").orElseThrow());
        assertEquals(TAG_I32, tag.type());
        assertEquals("tag", tag.type().kind());
        assertSame(tag, tags.export("t").orElseThrow());
        assertTrue(tagModule.exports().stream().anyMatch(e -> e.name().equals("t") && e.type().equals(TAG_I32)));
        assertTrue(thrower.imports().stream().anyMatch(i -> i.type().equals(TAG_I32)));
        // a re-exported imported tag is the same tag
        assertSame(tag, throwerOf(tags).export("t").orElseThrow());
    }

    @Test
    void catchMatchesAThrowOfTheSameTagFromAnotherInstance() throws Exception {
        var tags = tagModule.instantiate();
        var t1 = throwerOf(tags);
        var t2 = throwerOf(tags);
        var c = catcher(tags.export("t").orElseThrow(), t1, t2);
        assertEquals(42L, c.function("run-a").call(42)[0]);
        assertEquals(7L, c.function("run-b").call(7)[0]);
    }

    @Test
    void tagsAreGenerativePerInstance() throws Exception {
        var tagsA = tagModule.instantiate();
        var tagsB = tagModule.instantiate();
        var c = catcher(tagsA.export("t").orElseThrow(), throwerOf(tagsA), throwerOf(tagsB));
        assertEquals(42L, c.function("run-a").call(42)[0]);
        assertEquals(77L, c.function("run-b").call(42)[0], "tag B's throw is not tag A's: only catch_all takes it");
    }

    @Test
    void throwOfATagItsDefinerThrowsIsCaughtByAnImporter() throws Exception {
        var tagsA = tagModule.instantiate();
        var tagsB = tagModule.instantiate();
        var c = catcher(tagsA.export("t").orElseThrow(), tagsA, tagsB);
        assertEquals(5L, c.function("run-a").call(5)[0]);
        assertEquals(77L, c.function("run-b").call(5)[0]);
    }

    @Test
    void anInstanceCatchesItsOwnTagThrownByAnotherInstance() throws Exception {
        var engine = TestModules.memoryOnlyEngine();
        var self = engine.compile(TestModules.bytes("tag_self_catcher")).instantiate();
        engine.compile(TestModules.bytes("tag_table_thrower"))
                .instantiate(CoreImports.builder().instance("c", self).build());
        assertEquals(42L, self.function("run").call(42)[0]);
    }

    @Test
    void importingANonTagOrAWronglyTypedTagFailsToLink() throws Exception {
        var tags = tagModule.instantiate();
        var t = throwerOf(tags);
        LinkException notATag = assertThrows(LinkException.class, () -> catcher(t.function("throw"), t, t));
        assertTrue(notATag.getMessage().contains("tag.t"), notATag.getMessage());
        var wrong = assertThrows(LinkException.class, () -> thrower.instantiate(CoreImports.builder()
                .extern("tag", "t", t.function("throw")).build()));
        assertTrue(wrong.getMessage().contains("(tag"), wrong.getMessage());
    }
}
