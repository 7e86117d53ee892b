package dev.weft.component.binary;

import static dev.weft.component.binary.Fixtures.bytes;
import static dev.weft.component.binary.Fixtures.concat;
import static dev.weft.component.binary.Fixtures.strip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.ast.Canon;
import dev.weft.component.ast.CanonOpt;
import dev.weft.component.ast.CanonSection;
import dev.weft.component.ast.Component;
import dev.weft.component.ast.ComponentSection;
import dev.weft.component.ast.ComponentValType;
import dev.weft.component.ast.CoreStorageType;
import dev.weft.component.ast.CoreType;
import dev.weft.component.ast.CoreTypeSection;
import dev.weft.component.ast.CoreValType;
import dev.weft.component.ast.CustomSection;
import dev.weft.component.ast.DefValType;
import dev.weft.component.ast.ExternName;
import dev.weft.component.ast.ImportSection;
import dev.weft.component.ast.NameAttribute;
import dev.weft.component.ast.PrimValType;
import dev.weft.component.ast.TypeDef;
import dev.weft.component.ast.TypeSection;
import dev.weft.component.ast.ValueDef;
import dev.weft.component.ast.ValueSection;
import dev.weft.error.DecodeException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Encodings that jco's text format cannot produce, written byte by byte from the Binary.md grammar. */
class HandEncodedTest {
    static final byte[] PREAMBLE = bytes(0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00);

    /** A section with a one-byte size. */
    static byte[] section(int id, int... contents) {
        return concat(bytes(id, contents.length), bytes(contents));
    }

    static byte[] component(byte[]... sections) {
        return concat(PREAMBLE, concat(sections));
    }

    static byte[] str(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return concat(bytes(b.length), b);
    }

    @Test
    void valueSectionKeepsTheEncodedValue() throws Exception {
        Component c = ComponentDecoder.decode(component(section(12, 0x02, 0x79, 0x01, 0x2a, 0x73, 0x02, 0x01, 'x')));
        ValueSection values = (ValueSection) c.sections().get(0);
        assertEquals(10, values.offset());
        ValueDef first = values.values().get(0);
        assertEquals(PrimValType.U32, first.type());
        assertArrayEquals(bytes(0x2a), first.encoded());
        assertEquals(13, first.encodedOffset());
        assertEquals(11, first.offset());
        assertArrayEquals(bytes(0x01, 'x'), values.values().get(1).encoded());
    }

    @Test
    void threadBuiltinsAndGcOptions() throws Exception {
        Component c = ComponentDecoder.decode(component(section(8, 11,
                0x26,
                0x27, 0x01, 0x02,
                0x28,
                0x29, 0x01,
                0x2a, 0x00,
                0x2b, 0x01,
                0x2c, 0x00,
                0x2d, 0x01,
                0x40, 0x01, 0x05,
                0x41, 0x00, 0x02, 0x03,
                0x42, 0x01)));
        assertEquals(new CanonSection(List.of(
                new Canon.ThreadIndex(0),
                new Canon.ThreadNewIndirect(1, 2, 0),
                new Canon.ThreadResumeLater(0),
                new Canon.ThreadSuspend(true, 0),
                new Canon.ThreadSuspendThenResume(false, 0),
                new Canon.ThreadYieldThenResume(true, 0),
                new Canon.ThreadSuspendThenPromote(false, 0),
                new Canon.ThreadYieldThenPromote(true, 0),
                new Canon.ThreadSpawnRef(true, 5, 0),
                new Canon.ThreadSpawnIndirect(false, 2, 3, 0),
                new Canon.ThreadAvailableParallelism(true, 0)), 0), strip(c.sections().get(0)));

        Component lower = ComponentDecoder.decode(component(section(8, 1, 0x01, 0x00, 0x07, 0x02, 0x08, 0x03, 0x09)));
        assertEquals(new Canon.Lower(7, List.of(new CanonOpt.CoreType(3), new CanonOpt.Gc()), 0),
                strip(((CanonSection) lower.sections().get(0)).canons().get(0)));
    }

    @Test
    void gcCoreTypes() throws Exception {
        Component c = ComponentDecoder.decode(component(section(3, 3,
                // (rec (type (struct (field (mut i32)))) (type (array i8)))
                0x4e, 0x02, 0x5f, 0x01, 0x7f, 0x01, 0x5e, 0x78, 0x00,
                // non-final sub type, prefixed 0x00 in a component: (type (sub 0 (func)))
                0x00, 0x50, 0x01, 0x00, 0x60, 0x00, 0x00,
                // (type (sub final (func (param (ref 0)) (result (ref null extern)))))
                0x4f, 0x00, 0x60, 0x01, 0x64, 0x00, 0x01, 0x6f)));
        CoreTypeSection types = (CoreTypeSection) c.sections().get(0);
        assertEquals(new CoreTypeSection(List.of(
                new CoreType.RecGroup(List.of(
                        new CoreType.SubType(true, List.of(), new CoreType.Struct(List.of(
                                new CoreType.FieldType(CoreValType.Num.I32, true)))),
                        new CoreType.SubType(true, List.of(), new CoreType.Array(
                                new CoreType.FieldType(CoreStorageType.Packed.I8, false)))), true, 0),
                new CoreType.RecGroup(List.of(new CoreType.SubType(false, List.of(0L),
                        new CoreType.Func(List.of(), List.of()))), false, 0),
                new CoreType.RecGroup(List.of(new CoreType.SubType(true, List.of(), new CoreType.Func(
                        List.of(new CoreValType.Ref(false, new CoreValType.Concrete(0))),
                        List.of(new CoreValType.Ref(true,
                                new CoreValType.Abstract(CoreValType.AbstractHeap.EXTERN, false)))))), false, 0)),
                0), strip(types));
        assertEquals(11, types.types().get(0).offset());
        assertEquals(20, types.types().get(1).offset());
        assertTrue(((CoreType.RecGroup) types.types().get(1)).singleFunc().isEmpty(), "non-final is not plain");

        DecodeException e = assertThrows(DecodeException.class,
                () -> ComponentDecoder.decode(component(section(3, 1, 0x00, 0x60, 0x00, 0x00))));
        assertTrue(e.getMessage().contains("invalid leading byte (0x60) for non-final sub type"), e.getMessage());
        assertEquals(12, e.offset());
    }

    @Test
    void valueTypeIndicesAreNonNegativeS33() throws Exception {
        // (list <type 64>): 64 must be written as the two-byte s33 0xc0 0x00
        Component c = ComponentDecoder.decode(component(section(7, 1, 0x70, 0xc0, 0x00)));
        assertEquals(new DefValType.ListDef(new ComponentValType.Indexed(64)),
                ((TypeDef.Defined) ((TypeSection) c.sections().get(0)).types().get(0)).type());
        // a lone 0x40 is s33 -64: neither a primitive nor an index
        DecodeException e = assertThrows(DecodeException.class,
                () -> ComponentDecoder.decode(component(section(7, 1, 0x70, 0x40))));
        assertTrue(e.getMessage().contains("invalid leading byte (0x40) for component value type"), e.getMessage());
        assertEquals(12, e.offset());
    }

    @Test
    void nameAttributesAreKeptInOrderIncludingDuplicates() throws Exception {
        byte[] name = concat(bytes(0x02), str("kv"), bytes(0x04),
                bytes(0x00), str("wasi:keyvalue/store@0.2.0"),
                bytes(0x01), str("-rc.1"),
                bytes(0x02), str("id-1"),
                bytes(0x00), str("wasi:keyvalue/store@0.2.0"));
        byte[] imports = concat(bytes(0x01), name, bytes(0x05, 0x00));
        Component c = ComponentDecoder.decode(component(concat(bytes(10, imports.length), imports)));
        ExternName n = ((ImportSection) c.sections().get(0)).imports().get(0).name();
        assertEquals(new ExternName("kv", 0x02, List.of(
                new NameAttribute.Implements("wasi:keyvalue/store@0.2.0"),
                new NameAttribute.VersionSuffix("-rc.1"),
                new NameAttribute.ExternalId("id-1"),
                new NameAttribute.Implements("wasi:keyvalue/store@0.2.0")), 11), n);

        // legacy 0x01 discriminator: still a plain name
        Component legacy = ComponentDecoder.decode(component(section(10, 0x01, 0x01, 0x01, 'f', 0x01, 0x00)));
        assertEquals(new ExternName("f", 0x01, List.of(), 11),
                ((ImportSection) legacy.sections().get(0)).imports().get(0).name());
    }

    @Test
    void aMalformedNameSectionIsKeptButNotDecoded() throws Exception {
        byte[] contents = concat(str("component-name"), bytes(0x01, 0x7f, 0x00));
        Component c = ComponentDecoder.decode(component(concat(bytes(0, contents.length), contents)));
        CustomSection custom = (CustomSection) c.sections().get(0);
        assertEquals("component-name", custom.name());
        assertEquals(Optional.empty(), custom.componentNames());
        assertArrayEquals(bytes(0x01, 0x7f, 0x00), custom.data());
        assertEquals(10 + 15, custom.dataOffset());
    }

    @Test
    void sectionSizeMismatchNamesTheExtraByte() {
        DecodeException e = assertThrows(DecodeException.class,
                () -> ComponentDecoder.decode(component(section(7, 0x01, 0x73, 0x73))));
        assertTrue(e.getMessage().contains("section size mismatch"), e.getMessage());
        assertEquals(12, e.offset());
    }

    @Test
    void unknownLeadingBytesReportTheirOffset() {
        DecodeException e = assertThrows(DecodeException.class,
                () -> ComponentDecoder.decode(component(section(8, 0x02, 0x05, 0x07))));
        assertEquals("invalid leading byte (0x7) for canonical function (at offset 0xc)", e.getMessage());
        assertEquals(12, e.offset());
    }

    @Test
    void preambles() {
        byte[] module = bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);
        assertTrue(ComponentDecoder.isCoreModule(module));
        assertFalse(ComponentDecoder.isComponent(module));
        assertTrue(ComponentDecoder.isComponent(PREAMBLE));
        assertFalse(ComponentDecoder.isCoreModule(PREAMBLE));
        assertFalse(ComponentDecoder.isCoreModule(bytes(0x00, 0x61)));
        DecodeException e = assertThrows(DecodeException.class, () -> ComponentDecoder.decode(module));
        assertTrue(e.getMessage().contains("found a core module"), e.getMessage());
        DecodeException magic = assertThrows(DecodeException.class,
                () -> ComponentDecoder.decode(bytes(0x00, 0x61, 0x73, 0x6e, 0x0d, 0x00, 0x01, 0x00)));
        assertTrue(magic.getMessage().contains("magic header not detected"), magic.getMessage());
        assertEquals(0, magic.offset());
    }

    /** A component nested {@code depth} times (each level only holds the next). */
    static byte[] nestedComponents(int depth) {
        byte[] inner = PREAMBLE;
        for (int i = 0; i < depth; i++) {
            inner = concat(PREAMBLE, bytes(0x04), leb(inner.length), inner);
        }
        return inner;
    }

    /** An instance type nested {@code depth} times: (type (instance (type (instance …)))). */
    static byte[] nestedInstanceTypes(int depth) {
        byte[] type = bytes(0x42, 0x00);
        for (int i = 1; i < depth; i++) {
            type = concat(bytes(0x42, 0x01, 0x01), type);
        }
        byte[] contents = concat(bytes(0x01), type);
        return component(concat(bytes(7), leb(contents.length), contents));
    }

    static byte[] leb(int v) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        do {
            int b = v & 0x7f;
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return out.toByteArray();
    }

    @Test
    void nestingIsBoundedInsteadOfOverflowingTheStack() throws Exception {
        Component c = ComponentDecoder.decode(nestedComponents(BinaryReader.MAX_NESTING));
        int depth = 0;
        while (!c.sections().isEmpty()) {
            c = ((ComponentSection) c.sections().get(0)).component();
            depth++;
        }
        assertEquals(BinaryReader.MAX_NESTING, depth);
        DecodeException e = assertThrows(DecodeException.class,
                () -> ComponentDecoder.decode(nestedComponents(BinaryReader.MAX_NESTING + 1)));
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());

        ComponentDecoder.decode(nestedInstanceTypes(BinaryReader.MAX_NESTING));
        assertThrows(DecodeException.class,
                () -> ComponentDecoder.decode(nestedInstanceTypes(BinaryReader.MAX_NESTING + 1)));
        assertThrows(DecodeException.class, () -> ComponentDecoder.decode(nestedInstanceTypes(5_000)));
    }

    @Test
    void endiveCoreModuleCheckIsOptIn() throws Exception {
        // (module (import "" "" (func))) is well-formed; Endive 1.0.0 rejects it
        byte[] module = bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
                0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
                0x02, 0x05, 0x01, 0x00, 0x00, 0x00, 0x00);
        byte[] c = component(concat(bytes(0x01, module.length), module));
        assertEquals(1, ComponentDecoder.decode(c).sections().size());
        DecodeException e = assertThrows(DecodeException.class,
                () -> ComponentDecoder.withEndiveCoreModuleCheck().decodeComponent(c));
        assertTrue(e.getMessage().contains("malformed core module"), e.getMessage());
        assertEquals(10, e.offset());

        // a code section whose body is garbage: framing is fine, Endive finds the fault
        byte[] badCode = bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
                0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
                0x03, 0x02, 0x01, 0x00,
                0x0a, 0x05, 0x01, 0x03, 0x00, 0xff, 0x0b);
        byte[] c2 = component(concat(bytes(0x01, badCode.length), badCode));
        assertEquals(1, ComponentDecoder.decode(c2).sections().size());
        assertThrows(DecodeException.class, () -> ComponentDecoder.withEndiveCoreModuleCheck().decodeComponent(c2));
    }

    @Test
    void coreSectionFramingIsChecked() {
        byte[] unknownId = bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x0e, 0x00);
        DecodeException e = assertThrows(DecodeException.class,
                () -> ComponentDecoder.decode(component(concat(bytes(0x01, unknownId.length), unknownId))));
        assertTrue(e.getMessage().contains("malformed section id"), e.getMessage());
        assertEquals(18, e.offset());
        byte[] badCustomName = bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x00, 0x02, 0x01, 0xff);
        DecodeException utf8 = assertThrows(DecodeException.class,
                () -> ComponentDecoder.decode(component(concat(bytes(0x01, badCustomName.length), badCustomName))));
        assertTrue(utf8.getMessage().contains("malformed UTF-8 encoding"), utf8.getMessage());
    }
}
