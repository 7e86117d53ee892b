package dev.weft.component.binary;

import dev.weft.component.ast.CoreType;
import dev.weft.component.ast.CoreValType;
import dev.weft.component.ast.ModuleDecl;
import dev.weft.error.DecodeException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code core:type} (section 3 items and {@code 0x00} declarators): rec groups and module types. */
final class CoreTypeReader {
    private CoreTypeReader() {}

    /** Section 3 contents. */
    static List<CoreType> readSection(BinaryReader r) throws DecodeException {
        int count = r.readCount("core type");
        List<CoreType> types = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            types.add(readCoreType(r));
        }
        return types;
    }

    /**
     * {@code core:type}. A non-final sub type must be written {@code 0x00 0x50 …} here because a bare
     * {@code 0x50} introduces a module type.
     */
    static CoreType readCoreType(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int b = r.peekU8();
        if (b == 0x00) {
            r.readU8();
            int next = r.peekU8();
            if (next != 0x50) {
                throw BinaryReader.invalidLeadingByte(next, "non-final sub type", r.offset());
            }
            return readRecGroup(r, at);
        }
        if (b == 0x50) {
            r.readU8();
            return readModuleType(r, at);
        }
        return readRecGroup(r, at);
    }

    /** Core {@code rectype ::= 0x4e vec(subtype) | subtype}. */
    static CoreType.RecGroup readRecGroup(BinaryReader r, long at) throws DecodeException {
        if (r.peekU8() == 0x4e) {
            r.readU8();
            int count = r.readCount("rec group type");
            List<CoreType.SubType> types = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                types.add(readSubType(r));
            }
            return new CoreType.RecGroup(types, true, at);
        }
        return new CoreType.RecGroup(List.of(readSubType(r)), false, at);
    }

    private static CoreType.SubType readSubType(BinaryReader r) throws DecodeException {
        int b = r.peekU8();
        if (b == 0x50 || b == 0x4f) {
            r.readU8();
            int count = r.readCount("supertype");
            List<Long> supertypes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                supertypes.add(r.readVarU32());
            }
            return new CoreType.SubType(b == 0x4f, supertypes, readCompositeType(r));
        }
        return new CoreType.SubType(true, List.of(), readCompositeType(r));
    }

    private static CoreType.CompositeType readCompositeType(BinaryReader r) throws DecodeException {
        int b = r.readU8();
        return switch (b) {
            case 0x60 -> new CoreType.Func(readValTypes(r, "function parameter"), readValTypes(r, "function result"));
            case 0x5f -> {
                int count = r.readCount("struct field");
                List<CoreType.FieldType> fields = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    fields.add(readFieldType(r));
                }
                yield new CoreType.Struct(fields);
            }
            case 0x5e -> new CoreType.Array(readFieldType(r));
            default -> throw r.invalidLeadingByte(b, "type");
        };
    }

    private static CoreType.FieldType readFieldType(BinaryReader r) throws DecodeException {
        var storage = CoreValTypeReader.readStorageType(r);
        return new CoreType.FieldType(storage, r.readBool("field mutability"));
    }

    private static List<CoreValType> readValTypes(BinaryReader r, String what) throws DecodeException {
        int count = r.readCount(what);
        List<CoreValType> types = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            types.add(CoreValTypeReader.readValType(r));
        }
        return types;
    }

    /** {@code core:moduletype} after its {@code 0x50}. */
    private static CoreType.ModuleType readModuleType(BinaryReader r, long at) throws DecodeException {
        int count = r.readCount("module type declaration");
        List<ModuleDecl> decls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            decls.add(readModuleDecl(r));
        }
        return new CoreType.ModuleType(decls, at);
    }

    private static ModuleDecl readModuleDecl(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int b = r.readU8();
        return switch (b) {
            case 0x00 -> new ModuleDecl.Import(r.readString(), r.readString(), CoreValTypeReader.readExternType(r), at);
            case 0x01 -> {
                long typeAt = r.offset();
                if (r.peekU8() == 0x50) {
                    r.readU8();
                    yield new ModuleDecl.NestedModuleType(readModuleType(r, typeAt), at);
                }
                yield new ModuleDecl.Type(readRecGroup(r, typeAt), at);
            }
            case 0x02 -> {
                int kind = r.readU8();
                if (kind != 0x10) {
                    throw r.invalidLeadingByte(kind, "outer alias kind");
                }
                int target = r.readU8();
                if (target != 0x01) {
                    throw r.invalidLeadingByte(target, "outer alias target");
                }
                yield new ModuleDecl.OuterTypeAlias(r.readVarU32(), r.readVarU32(), at);
            }
            case 0x03 -> new ModuleDecl.Export(r.readString(), CoreValTypeReader.readExternType(r), at);
            default -> throw r.invalidLeadingByte(b, "type definition");
        };
    }
}
