package dev.weft.wit.syntax;

import java.util.List;

/** {@code include world with { a as b };} */
public record IncludeDecl(List<Attribute> attributes, UsePath world, List<Rename> renames, Span span)
        implements WorldMember {
    public IncludeDecl {
        attributes = List.copyOf(attributes);
        renames = List.copyOf(renames);
    }

    public record Rename(Ident from, Ident to) {
    }
}
