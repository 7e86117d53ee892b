package dev.weft.component.validate;

import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreMemoryType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeExtern;
import dev.weft.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Subtyping per Explainer.md "Type Checking" (the $I1/$I2, $C1/$C2 and resource examples). */
class SubtypingTest {
    private static final FuncType F = new FuncType(List.of(), Optional.empty(), false);

    private static NamedExtern e(String name, dev.weft.component.types.ExternType t) {
        return new NamedExtern(name, t);
    }

    @Test
    void instanceMayExportMore() {
        InstanceType i1 = new InstanceType(List.of(e("foo", F), e("bar", F), e("baz", F)));
        InstanceType i2 = new InstanceType(List.of(e("bar", F), e("foo", F)));
        assertDoesNotThrow(() -> Subtyping.at(0).check(i1, i2, "test"));
        var ex = assertThrows(ValidationException.class, () -> Subtyping.at(0).check(i2, i1, "test"));
        assertTrue(ex.getMessage().contains("missing expected export `baz`"), ex.getMessage());
    }

    @Test
    void componentMayImportLessAndExportMore() {
        ComponentType c1 = new ComponentType(List.of(e("a", F)), List.of(e("x", F), e("y", F)));
        ComponentType c2 = new ComponentType(List.of(e("a", F), e("b", F)), List.of(e("x", F)));
        assertDoesNotThrow(() -> Subtyping.at(0).check(c1, c2, "test"));
        assertThrows(ValidationException.class, () -> Subtyping.at(0).check(c2, c1, "test"));
    }

    @Test
    void valueTypesAreComparedStructurally() {
        var r1 = new RecordType(List.of(new RecordType.Field("x", new ListType(PrimitiveType.STRING))));
        var r2 = new RecordType(List.of(new RecordType.Field("x", new ListType(PrimitiveType.STRING))));
        var r3 = new RecordType(List.of(new RecordType.Field("y", new ListType(PrimitiveType.STRING))));
        FuncType f1 = new FuncType(List.of(new FuncType.Param("p", r1)), Optional.empty(), false);
        FuncType f2 = new FuncType(List.of(new FuncType.Param("p", r2)), Optional.empty(), false);
        FuncType f3 = new FuncType(List.of(new FuncType.Param("p", r3)), Optional.empty(), false);
        assertDoesNotThrow(() -> Subtyping.at(0).check(f1, f2, "f"));
        var ex = assertThrows(ValidationException.class, () -> Subtyping.at(0).check(f1, f3, "f"));
        assertTrue(ex.getMessage().contains("expected field name `y`, found `x`"), ex.getMessage());
    }

    @Test
    void resourcesAreGenerativeButSubResourceImportsAreSubstituted() throws Exception {
        ResourceType t = new ResourceType("T");
        // (component (import "T" (type $T (sub resource))) (import "foo" (func (param (own $T)))))
        ComponentType c = new ComponentType(List.of(
                e("T", new TypeExtern(new TypeBound.SubResource(t))),
                e("foo", new FuncType(List.of(new FuncType.Param("x", new OwnType(t))), Optional.empty(), false))),
                List.of());
        ResourceType r = new ResourceType("R");
        ResourceType other = new ResourceType("R2");
        FuncType fooOfR = new FuncType(List.of(new FuncType.Param("x", new OwnType(r))), Optional.empty(), false);
        FuncType fooOfOther = new FuncType(List.of(new FuncType.Param("x", new OwnType(other))), Optional.empty(),
                false);
        Subtyping ok = Subtyping.at(0);
        ok.check(new TypeExtern(new TypeBound.Eq(r)), c.imports().get(0).type(), "import `T`");
        ok.check(fooOfR, c.imports().get(1).type(), "import `foo`");
        Subtyping bad = Subtyping.at(0);
        bad.check(new TypeExtern(new TypeBound.Eq(r)), c.imports().get(0).type(), "import `T`");
        var ex = assertThrows(ValidationException.class,
                () -> bad.check(fooOfOther, c.imports().get(1).type(), "import `foo`"));
        assertTrue(ex.getMessage().contains("resource types are not the same"), ex.getMessage());
    }

    @Test
    void memoryLimitsFollowCoreImportMatching() {
        var actual = new CoreMemoryType(2, OptionalLong.of(3), false, false);
        var wider = new CoreMemoryType(1, OptionalLong.of(4), false, false);
        assertDoesNotThrow(() -> Subtyping.at(0).checkCore(actual, wider, "mem"));
        assertThrows(ValidationException.class, () -> Subtyping.at(0).checkCore(wider, actual, "mem"));
        assertThrows(ValidationException.class, () -> Subtyping.at(0).checkCore(actual,
                new CoreMemoryType(1, OptionalLong.empty(), true, false), "mem"));
    }
}
