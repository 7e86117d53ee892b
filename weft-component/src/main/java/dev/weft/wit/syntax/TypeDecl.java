package dev.weft.wit.syntax;

import java.util.List;
import java.util.Optional;

/** A named type definition in an interface or world. */
public sealed interface TypeDecl extends InterfaceMember, WorldMember {
    String docs();

    List<Attribute> attributes();

    Ident name();

    record AliasDecl(String docs, List<Attribute> attributes, Ident name, TypeExpr type) implements TypeDecl {
    }

    record RecordDecl(String docs, List<Attribute> attributes, Ident name, List<Field> fields) implements TypeDecl {
    }

    record VariantDecl(String docs, List<Attribute> attributes, Ident name, List<Case> cases) implements TypeDecl {
    }

    record EnumDecl(String docs, List<Attribute> attributes, Ident name, List<Label> cases) implements TypeDecl {
    }

    record FlagsDecl(String docs, List<Attribute> attributes, Ident name, List<Label> flags) implements TypeDecl {
    }

    record ResourceDecl(String docs, List<Attribute> attributes, Ident name, List<ResourceFunc> functions)
            implements TypeDecl {
    }

    record Field(String docs, Ident name, TypeExpr type) {
    }

    record Case(String docs, Ident name, Optional<TypeExpr> payload) {
    }

    record Label(String docs, Ident name) {
    }

    /** A function declared inside a resource body. */
    sealed interface ResourceFunc {
        String docs();

        List<Attribute> attributes();

        FuncSignature signature();
    }

    record Constructor(String docs, List<Attribute> attributes, FuncSignature signature) implements ResourceFunc {
    }

    record Method(String docs, List<Attribute> attributes, Ident name, FuncSignature signature)
            implements ResourceFunc {
    }

    record Static(String docs, List<Attribute> attributes, Ident name, FuncSignature signature)
            implements ResourceFunc {
    }
}
