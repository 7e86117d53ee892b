package dev.weft.conformance.wast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.conformance.sexpr.SExprException;
import dev.weft.value.StringVal;
import dev.weft.value.U32Val;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WastScriptReaderTest {

    private static List<Directive> read(String source) throws SExprException {
        return WastScriptReader.read(source).directives();
    }

    @Test
    void classifiesEveryDirectiveKind() throws SExprException {
        List<Directive> directives = read("""
                (component)
                (component definition $D)
                (component instance $i $D)
                (module)
                (assert_invalid (component) "bad")
                (assert_malformed (component binary "") "worse")
                (assert_unlinkable (component) "no link")
                (assert_return (invoke "f"))
                (assert_trap (invoke "f") "boom")
                (assert_exhaustion (invoke "f") "deep")
                (register "r" $i)
                (invoke "g")
                (assert_exception (invoke "f"))
                """);
        assertEquals(List.of(DirectiveKind.COMPONENT, DirectiveKind.COMPONENT_DEFINITION,
                DirectiveKind.COMPONENT_INSTANCE, DirectiveKind.MODULE, DirectiveKind.ASSERT_INVALID,
                DirectiveKind.ASSERT_MALFORMED, DirectiveKind.ASSERT_UNLINKABLE, DirectiveKind.ASSERT_RETURN,
                DirectiveKind.ASSERT_TRAP, DirectiveKind.ASSERT_EXHAUSTION, DirectiveKind.REGISTER,
                DirectiveKind.INVOKE, DirectiveKind.OTHER), directives.stream().map(Directive::kind).toList());
        for (int i = 0; i < directives.size(); i++) {
            assertEquals(i + 1, directives.get(i).line(), "line of directive " + i);
        }
        assertEquals("assert_exception", assertInstanceOf(Directive.Unknown.class, directives.get(12)).keyword());
    }

    @Test
    void textFormKeepsSourceAndDropsDefinitionKeyword() throws SExprException {
        String source = "(component definition $Def\n  (import \"a\" (func)) ;; note\n)";
        Directive.Define define = assertInstanceOf(Directive.Define.class, read(source).get(0));
        assertTrue(define.definitionOnly());
        TextForm form = assertInstanceOf(TextForm.class, define.form());
        assertEquals(Optional.of("$Def"), form.id());
        assertEquals("(component $Def\n  (import \"a\" (func)) ;; note\n)", form.text());
    }

    @Test
    void nestedTextFormIsTheExactSubstring() throws SExprException {
        Directive.AssertInvalid invalid = assertInstanceOf(Directive.AssertInvalid.class,
                read("(assert_invalid\n  (component (type (; c ;) u32))\n  \"msg\")").get(0));
        assertEquals("(component (type (; c ;) u32))", ((TextForm) invalid.form()).text());
        assertEquals("msg", invalid.message());
    }

    @Test
    void binaryFormConcatenatesStringBytes() throws SExprException {
        Directive.Define define = assertInstanceOf(Directive.Define.class,
                read("(component $B binary \"\\00asm\" \"\\0d\\00\\01\\00\")").get(0));
        BinaryForm form = assertInstanceOf(BinaryForm.class, define.form());
        assertEquals(Optional.of("$B"), form.id());
        assertArrayEquals(new byte[] {0, 'a', 's', 'm', 0x0d, 0, 1, 0}, form.bytes());
    }

    @Test
    void quoteFormJoinsStringsLikeWasmTools() throws SExprException {
        Directive.AssertMalformed malformed = assertInstanceOf(Directive.AssertMalformed.class,
                read("(assert_malformed (component quote \"(import \\\"x\\\" (func $x))\" \"(export)\") \"m\")").get(0));
        QuoteForm form = assertInstanceOf(QuoteForm.class, malformed.form());
        assertEquals("(component(import \"x\" (func $x)) (export) )", form.text());
    }

    @Test
    void invokeArgumentsAndResultsAreValues() throws SExprException {
        Directive.AssertReturn ret = assertInstanceOf(Directive.AssertReturn.class,
                read("(assert_return (invoke $inst \"f\" (u32.const 1) (str.const \"a\")) (str.const \"r\"))").get(0));
        Action.Invoke invoke = assertInstanceOf(Action.Invoke.class, ret.action());
        assertEquals(Optional.of("$inst"), invoke.instance());
        assertEquals("f", invoke.name());
        assertEquals(List.of(new U32Val(1), new StringVal("a")), invoke.args());
        assertEquals(List.of(new StringVal("r")), ret.expected());
    }

    @Test
    void trapOnInstantiationCarriesTheForm() throws SExprException {
        Directive.AssertTrap trap = assertInstanceOf(Directive.AssertTrap.class,
                read("(assert_trap (component (core module)) \"unreachable\")").get(0));
        Action.Instantiate instantiate = assertInstanceOf(Action.Instantiate.class, trap.action());
        assertEquals("(component (core module))", ((TextForm) instantiate.form()).text());
    }

    @Test
    void instanceAndRegisterIds() throws SExprException {
        List<Directive> directives = read("(component instance $i $D) (component instance $only) (register \"n\")");
        Directive.Instance both = (Directive.Instance) directives.get(0);
        assertEquals(Optional.of("$i"), both.instance());
        assertEquals(Optional.of("$D"), both.definition());
        Directive.Instance one = (Directive.Instance) directives.get(1);
        assertEquals(Optional.of("$only"), one.instance());
        assertEquals(Optional.empty(), one.definition());
        Directive.Register register = (Directive.Register) directives.get(2);
        assertEquals("n", register.name());
        assertEquals(Optional.empty(), register.instance());
    }

    @Test
    void badDirectiveIsUnreadableAndTheRestStillReads() throws SExprException {
        List<Directive> directives = read("(assert_return (invoke \"f\" (u8.const 300)))\n(assert_invalid (component))\n(component)");
        Directive.Unreadable bad = assertInstanceOf(Directive.Unreadable.class, directives.get(0));
        assertEquals(DirectiveKind.ASSERT_RETURN, bad.kind());
        assertTrue(bad.problem().contains("out of range"), bad.problem());
        Directive.Unreadable missingMessage = assertInstanceOf(Directive.Unreadable.class, directives.get(1));
        assertEquals(2, missingMessage.line());
        assertInstanceOf(Directive.Define.class, directives.get(2));
    }

    @Test
    void unsplittableScriptFails() {
        assertThrows(SExprException.class, () -> read("(component"));
    }

    @Test
    void headerLinesNameFeatures() throws SExprException {
        WastScript script = WastScriptReader.read("""
                ;;! component_model_async = true
                ;;! multi_memory = true
                ;;! component_model_implements = false
                ;; plain comment = true
                (component)
                """);
        assertEquals(Set.of("component_model_async", "multi_memory"), script.header().enabled());
        assertEquals(Set.of("component_model_implements"), script.header().disabled());
    }
}
