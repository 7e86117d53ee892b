package dev.weft.wit.syntax;

import java.util.List;
import java.util.Optional;

/** An item at the top level of a file or of a nested {@code package a:b { ... }} block. */
public sealed interface TopItem {

    record Interface(String docs, List<Attribute> attributes, Ident name, List<InterfaceMember> members)
            implements TopItem {
        public Interface {
            attributes = List.copyOf(attributes);
            members = List.copyOf(members);
        }
    }

    record World(String docs, List<Attribute> attributes, Ident name, List<WorldMember> members)
            implements TopItem {
        public World {
            attributes = List.copyOf(attributes);
            members = List.copyOf(members);
        }
    }

    /** {@code use ns:pkg/iface@v as name;}: a file-scoped alias for an interface. */
    record Use(UsePath path, Optional<Ident> as, Span span) implements TopItem {
        public Ident local() {
            return as.orElse(path.name());
        }
    }

    /** {@code package a:b { ... }} */
    record NestedPackage(String docs, PackageRef pkg, List<TopItem> items) implements TopItem {
        public NestedPackage {
            items = List.copyOf(items);
        }
    }
}
