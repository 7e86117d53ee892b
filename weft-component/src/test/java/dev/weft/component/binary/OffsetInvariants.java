package dev.weft.component.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.ast.Alias;
import dev.weft.component.ast.AliasSection;
import dev.weft.component.ast.Canon;
import dev.weft.component.ast.CanonSection;
import dev.weft.component.ast.Component;
import dev.weft.component.ast.ComponentSection;
import dev.weft.component.ast.CoreInstance;
import dev.weft.component.ast.CoreInstanceSection;
import dev.weft.component.ast.Declarator;
import dev.weft.component.ast.Import;
import dev.weft.component.ast.ImportSection;
import dev.weft.component.ast.Instance;
import dev.weft.component.ast.InstanceSection;
import dev.weft.component.ast.Section;
import dev.weft.component.ast.TypeDef;
import dev.weft.component.ast.TypeSection;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * Checks that offsets in a decoded tree point where they should: every offset of every item lies inside its
 * section's contents, and the byte at the offset of items with a leading byte is that byte.
 */
final class OffsetInvariants {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] rcs = type.getRecordComponents();
            for (RecordComponent rc : rcs) {
                rc.getAccessor().setAccessible(true);
            }
            return rcs;
        }
    };

    private OffsetInvariants() {}

    static void check(Component c, byte[] file) {
        List<Section> sections = c.sections();
        long end = c.offset() + c.size();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            long limit = i + 1 < sections.size() ? sections.get(i + 1).offset() : end;
            assertTrue(s.offset() >= c.offset() + 8 && s.offset() <= limit, "section offset " + s.offset());
            checkWithin(s, s.offset(), limit);
            checkLeadingBytes(s, file);
            if (s instanceof ComponentSection nested) {
                check(nested.component(), file);
            }
        }
    }

    /** Every long component named like an offset, anywhere under {@code value}, is in {@code [from, to)}. */
    private static void checkWithin(Object value, long from, long to) {
        if (value instanceof Record r) {
            for (RecordComponent rc : COMPONENTS.get(r.getClass())) {
                Object v = get(rc, r);
                if (rc.getType() == long.class && rc.getName().endsWith("ffset")) {
                    long off = (Long) v;
                    assertTrue(off >= from && off <= to, rc.getName() + " " + off + " outside [" + from + ", "
                            + to + "] in " + r.getClass().getSimpleName());
                } else if (!(r instanceof ComponentSection)) {
                    checkWithin(v, from, to);
                }
            }
        } else if (value instanceof List<?> list) {
            list.forEach(o -> checkWithin(o, from, to));
        } else if (value instanceof Optional<?> opt) {
            opt.ifPresent(o -> checkWithin(o, from, to));
        }
    }

    private static Object get(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int at(byte[] file, long offset) {
        return file[(int) offset] & 0xff;
    }

    private static void checkLeadingBytes(Section s, byte[] file) {
        switch (s) {
            case CoreInstanceSection ci -> ci.instances().forEach(inst -> assertEquals(
                    inst instanceof CoreInstance.Instantiate ? 0x00 : 0x01, at(file, inst.offset())));
            case InstanceSection is -> is.instances().forEach(inst -> assertEquals(
                    inst instanceof Instance.Instantiate ? 0x00 : 0x01, at(file, inst.offset())));
            case AliasSection as -> as.aliases().forEach(a -> checkAlias(a, file));
            case TypeSection ts -> ts.types().forEach(t -> checkType(t, file));
            case ImportSection is -> {
                for (Import im : is.imports()) {
                    assertEquals(im.offset(), im.name().offset());
                    assertTrue(at(file, im.offset()) <= 0x02);
                }
            }
            case CanonSection cs -> cs.canons().forEach(canon -> checkCanon(canon, file));
            default -> { }
        }
    }

    private static void checkAlias(Alias a, byte[] file) {
        assertEquals(a.sort().code(), at(file, a.offset()), "alias sort byte");
    }

    private static void checkType(TypeDef t, byte[] file) {
        int b = at(file, t.offset());
        switch (t) {
            case TypeDef.Func f -> assertEquals(f.async() ? 0x43 : 0x40, b);
            case TypeDef.ComponentType ct -> {
                assertEquals(0x41, b);
                ct.declarators().forEach(d -> checkDeclarator(d, file));
            }
            case TypeDef.InstanceType it -> {
                assertEquals(0x42, b);
                it.declarators().forEach(d -> checkDeclarator(d, file));
            }
            case TypeDef.Resource r -> assertEquals(0x3f, b);
            case TypeDef.Defined d -> assertTrue(b >= 0x63 && b <= 0x7f, "defvaltype byte " + b);
        }
    }

    private static void checkDeclarator(Declarator d, byte[] file) {
        int expected = switch (d) {
            case Declarator.CoreTypeDecl x -> 0x00;
            case Declarator.TypeDecl x -> {
                checkType(x.type(), file);
                yield 0x01;
            }
            case Declarator.AliasDecl x -> {
                checkAlias(x.alias(), file);
                yield 0x02;
            }
            case Declarator.Import x -> 0x03;
            case Declarator.Export x -> 0x04;
        };
        assertEquals(expected, at(file, d.offset()), "declarator byte");
    }

    private static void checkCanon(Canon canon, byte[] file) {
        int b = at(file, canon.offset());
        switch (canon) {
            case Canon.Lift l -> assertEquals(0x00, b);
            case Canon.Lower l -> assertEquals(0x01, b);
            case Canon.ResourceNew r -> assertEquals(0x02, b);
            case Canon.ResourceDrop r -> assertEquals(0x03, b);
            case Canon.ResourceRep r -> assertEquals(0x04, b);
            default -> assertTrue(b >= 0x05 && b <= 0x42, "built-in opcode " + b);
        }
    }
}
