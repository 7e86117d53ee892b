package dev.weft.wit.syntax;

import java.util.List;
import java.util.Optional;

/** {@code use path.{a, b as c};} inside an interface or world. */
public record UseDecl(List<Attribute> attributes, UsePath path, List<UseName> names, Span span)
        implements InterfaceMember, WorldMember {
    public UseDecl {
        attributes = List.copyOf(attributes);
        names = List.copyOf(names);
    }

    /** One imported name and its optional local rename. */
    public record UseName(Ident name, Optional<Ident> as) {
        public Ident local() {
            return as.orElse(name);
        }
    }
}
