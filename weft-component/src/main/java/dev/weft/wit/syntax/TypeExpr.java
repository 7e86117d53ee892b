package dev.weft.wit.syntax;

import dev.weft.component.types.PrimitiveType;
import java.util.List;
import java.util.Optional;

/** A type as written (WIT.md "Types"). */
public sealed interface TypeExpr {
    Span span();

    record Primitive(PrimitiveType type, Span span) implements TypeExpr {
    }

    /** A name of a type definition in scope; denotes an owned handle when it names a resource. */
    record Named(Ident name) implements TypeExpr {
        public Span span() {
            return name.span();
        }
    }

    record ListOf(TypeExpr element, Span span) implements TypeExpr {
    }

    record FixedListOf(TypeExpr element, int length, Span span) implements TypeExpr {
    }

    record MapOf(TypeExpr key, TypeExpr value, Span span) implements TypeExpr {
    }

    record TupleOf(List<TypeExpr> elements, Span span) implements TypeExpr {
        public TupleOf {
            elements = List.copyOf(elements);
        }
    }

    record OptionOf(TypeExpr some, Span span) implements TypeExpr {
    }

    record ResultOf(Optional<TypeExpr> ok, Optional<TypeExpr> err, Span span) implements TypeExpr {
    }

    /** {@code borrow<r>} or the explicit {@code own<r>}. */
    record Handle(Ident resource, boolean borrow, Span span) implements TypeExpr {
    }

    record FutureOf(Optional<TypeExpr> element, Span span) implements TypeExpr {
    }

    record StreamOf(Optional<TypeExpr> element, Span span) implements TypeExpr {
    }
}
