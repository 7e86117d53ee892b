package dev.weft.wit.syntax;

import java.util.List;

/** {@code name: func(...) -> t;} in an interface. */
public record FuncDecl(String docs, List<Attribute> attributes, Ident name, FuncSignature signature)
        implements InterfaceMember {
    public FuncDecl {
        attributes = List.copyOf(attributes);
    }
}
