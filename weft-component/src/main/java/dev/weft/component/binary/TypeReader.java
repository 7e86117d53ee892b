package dev.weft.component.binary;

import dev.weft.component.ast.Declarator;
import dev.weft.component.ast.TypeDef;
import dev.weft.error.DecodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads section 7 ({@code type}) items, including component and instance types with their declarators. */
final class TypeReader {
    private TypeReader() {}

    /** Section 7 contents. */
    static List<TypeDef> readSection(BinaryReader r) throws DecodeException {
        int count = r.readCount("type");
        List<TypeDef> types = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            types.add(readTypeDef(r));
        }
        return types;
    }

    /** {@code type ::= deftype}. */
    static TypeDef readTypeDef(BinaryReader r) throws DecodeException {
        long at = r.offset();
        int b = r.readU8();
        return switch (b) {
            case 0x3f -> {
                var rep = CoreValTypeReader.readValType(r);
                int has = r.readU8();
                Optional<Long> dtor = switch (has) {
                    case 0x00 -> Optional.empty();
                    case 0x01 -> Optional.of(r.readVarU32());
                    default -> throw r.invalidLeadingByte(has, "resource destructor");
                };
                yield new TypeDef.Resource(rep, dtor, at);
            }
            case 0x40, 0x43 -> new TypeDef.Func(b == 0x43,
                    DefValTypeReader.readNamedValTypes(r, "component function parameter"),
                    ExternReader.readResultList(r), at);
            case 0x41 -> new TypeDef.ComponentType(readDeclarators(r, true), at);
            case 0x42 -> new TypeDef.InstanceType(readDeclarators(r, false), at);
            default -> new TypeDef.Defined(DefValTypeReader.read(b, r), at);
        };
    }

    private static List<Declarator> readDeclarators(BinaryReader r, boolean component) throws DecodeException {
        r.enter(component ? "component type" : "instance type");
        int count = r.readCount(component ? "component type declaration" : "instance type declaration");
        List<Declarator> decls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            decls.add(readDeclarator(r, component));
        }
        r.exit();
        return decls;
    }

    private static Declarator readDeclarator(BinaryReader r, boolean component) throws DecodeException {
        long at = r.offset();
        int b = r.readU8();
        return switch (b) {
            case 0x00 -> new Declarator.CoreTypeDecl(CoreTypeReader.readCoreType(r), at);
            case 0x01 -> new Declarator.TypeDecl(readTypeDef(r), at);
            case 0x02 -> new Declarator.AliasDecl(AliasReader.readAlias(r), at);
            case 0x03 -> {
                if (!component) {
                    throw r.invalidLeadingByte(b, "component or instance type declaration");
                }
                yield new Declarator.Import(ExternReader.readName(r), ExternReader.readExternType(r), at);
            }
            case 0x04 -> new Declarator.Export(ExternReader.readName(r), ExternReader.readExternType(r), at);
            default -> throw r.invalidLeadingByte(b, "component or instance type declaration");
        };
    }
}
