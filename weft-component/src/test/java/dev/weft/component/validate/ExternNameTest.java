package dev.weft.component.validate;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeExtern;
import dev.weft.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Name rules of Explainer.md "Import and Export Definitions" and "Name Uniqueness" (examples from the spec). */
class ExternNameTest {
    private static final FuncType NO_ARGS = new FuncType(List.of(), Optional.empty(), false);

    @ParameterizedTest
    @ValueSource(strings = {"a", "a-b-c", "a1-2-3", "A", "A-B-C", "A1-2-3", "a11-w0rds", "A11-4CR0NYMS",
            "m1x3d-4CR0NYMS"})
    void validLabelsFromTheExplainer(String label) {
        assertTrue(KebabCase.isLabel(label), label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-2-3", "a-", "a--b", "aBc", "-a", "a_b", "a.b"})
    void invalidLabels(String label) {
        assertTrue(!KebabCase.isLabel(label), label);
    }

    @Test
    void parsesInterfaceNamesWithVersions() throws Exception {
        var name = assertInstanceOf(ExternName.Interface.class, ExternNameParser.parse("wasi:http/types@0.2.0-rc.1+b"));
        assertEquals("wasi", name.namespace());
        assertEquals("http", name.pkg());
        assertEquals("types", name.iface());
        assertEquals(Optional.of("0.2.0-rc.1+b"), name.version());
        assertInstanceOf(ExternName.Interface.class, ExternNameParser.parse("ns-1-a:b-1-c/D-2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A:b/c", "ns-A:b/c", "ns:A/b", "ns:1/a", "wasi:http", "foo:bar:baz/qux",
            "foo:bar/baz/qux", "a:b/c@", "a:b/c@1.", "a:b/c@2.0x0", "a:b/c@2.0.0+", "a:b/c@01.0.0", "[method]a",
            "[method]a.b.c", "[static].a", "[constructor]"})
    void rejectsMalformedNames(String name) {
        assertThrows(ExternNameParser.NameSyntaxException.class, () -> ExternNameParser.parse(name));
    }

    @Test
    void strongUniquenessFollowsTheExplainerExamples() throws Exception {
        NameScope scope = new NameScope(NameScope.Kind.IMPORT);
        ResourceType foo = new ResourceType("foo");
        scope.add("foo", NameAttributes.NONE, new TypeExtern(new TypeBound.SubResource(foo)), 0);
        scope.add("foo-bar", NameAttributes.NONE, NO_ARGS, 0);
        scope.add("[constructor]foo", NameAttributes.NONE,
                new FuncType(List.of(), Optional.of(new OwnType(foo)), false), 0);
        FuncType method = new FuncType(List.of(new FuncType.Param("self", new BorrowType(foo))), Optional.empty(),
                false);
        scope.add("[method]foo.bar", NameAttributes.NONE, method, 0);
        scope.add("[static]foo.baz", NameAttributes.NONE, NO_ARGS, 0);
        scope.add("foo:bar/baz", NameAttributes.NONE, NO_ARGS, 0);
        for (String clash : List.of("FOO", "foo-BAR", "[static]foo.bar", "[method]foo.baz", "[method]foo.foo",
                "foo:bar/BAZ")) {
            var e = assertThrows(ValidationException.class, () -> scope.add(clash, NameAttributes.NONE,
                    clash.startsWith("[method]") ? method : NO_ARGS, 7), clash);
            assertTrue(e.getMessage().contains("conflicts with previous name"), e.getMessage());
            assertEquals(7, e.offset());
        }
    }

    @Test
    void constructorMustReturnOwnOfTheNamedResource() throws Exception {
        NameScope scope = new NameScope(NameScope.Kind.IMPORT);
        ResourceType a = new ResourceType("a");
        ResourceType b = new ResourceType("b");
        scope.add("a", NameAttributes.NONE, new TypeExtern(new TypeBound.SubResource(a)), 0);
        scope.add("b", NameAttributes.NONE, new TypeExtern(new TypeBound.SubResource(b)), 0);
        scope.add("[constructor]a", NameAttributes.NONE, new FuncType(List.of(),
                Optional.of(new ResultType(Optional.of(new OwnType(a)), Optional.of(PrimitiveType.STRING))), false), 0);
        var wrong = assertThrows(ValidationException.class, () -> scope.add("[constructor]b", NameAttributes.NONE,
                new FuncType(List.of(), Optional.of(new OwnType(a)), false), 0));
        assertTrue(wrong.getMessage().contains("does not match expected resource name `a`"), wrong.getMessage());
        var notOwn = assertThrows(ValidationException.class, () -> new NameScope(NameScope.Kind.IMPORT).add(
                "[constructor]c", NameAttributes.NONE, new FuncType(List.of(), Optional.of(PrimitiveType.U32), false),
                0));
        assertTrue(notOwn.getMessage().contains("should return `(own $T)`"), notOwn.getMessage());
    }

    @Test
    void implementsRequiresAPlainNamedInstanceAndAnInterfaceName() throws Exception {
        InstanceType empty = new InstanceType(List.of());
        NameScope scope = new NameScope(NameScope.Kind.IMPORT);
        scope.add("primary", new NameAttributes(Optional.of("wasi:keyvalue/store"), Optional.empty(),
                Optional.empty()), empty, 0);
        assertThrows(ValidationException.class, () -> scope.add("f", new NameAttributes(Optional.of("a:b/c"),
                Optional.empty(), Optional.empty()), NO_ARGS, 0));
        assertThrows(ValidationException.class, () -> scope.add("x", new NameAttributes(Optional.of("not-valid"),
                Optional.empty(), Optional.empty()), empty, 0));
        assertThrows(ValidationException.class, () -> scope.add("a1:b/c", new NameAttributes(Optional.of("a2:b/c"),
                Optional.empty(), Optional.empty()), empty, 0));
    }
}
