package dev.weft.wit.resolve;

import java.util.List;
import java.util.Optional;

/** What a named type definition defines. */
public sealed interface TypeDefKind {
    /** {@code type name = t;} */
    record Alias(WitType type) implements TypeDefKind {
    }

    /** A name brought in by {@code use iface.{target as name}}. */
    record Use(TypeRef target) implements TypeDefKind {
    }

    record Record(List<Field> fields) implements TypeDefKind {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    record Variant(List<Case> cases) implements TypeDefKind {
        public Variant {
            cases = List.copyOf(cases);
        }
    }

    record Enum(List<Label> cases) implements TypeDefKind {
        public Enum {
            cases = List.copyOf(cases);
        }
    }

    record Flags(List<Label> flags) implements TypeDefKind {
        public Flags {
            flags = List.copyOf(flags);
        }
    }

    /** A resource and the functions declared in its body, in source order. */
    record Resource(List<Function> functions) implements TypeDefKind {
        public Resource {
            functions = List.copyOf(functions);
        }
    }

    record Field(String name, WitType type, String docs) {
    }

    record Case(String name, Optional<WitType> payload, String docs) {
    }

    record Label(String name, String docs) {
    }
}
