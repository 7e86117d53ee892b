package dev.weft.wit.syntax;

import java.util.List;

/** {@code import ...;} or {@code export ...;} in a world. */
public record ImportExportDecl(String docs, List<Attribute> attributes, boolean export, Extern extern, Span span)
        implements WorldMember {
    public ImportExportDecl {
        attributes = List.copyOf(attributes);
    }

    /** What is imported or exported. */
    public sealed interface Extern {
    }

    /** {@code import iface;} or {@code import ns:pkg/iface@v;}: keyed by the interface name. */
    public record Path(UsePath path) implements Extern {
    }

    /** {@code import name: func(...);} */
    public record Func(Ident name, FuncSignature signature) implements Extern {
    }

    /** {@code import name: interface { ... }} */
    public record Inline(Ident name, List<InterfaceMember> members) implements Extern {
        public Inline {
            members = List.copyOf(members);
        }
    }

    /** {@code import name: iface;} (a plain name implementing a named interface). */
    public record NamedPath(Ident name, UsePath path) implements Extern {
    }
}
