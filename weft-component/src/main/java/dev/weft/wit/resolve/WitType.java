package dev.weft.wit.resolve;

import dev.weft.component.types.PrimitiveType;
import java.util.List;
import java.util.Optional;

/**
 * A type as used in a WIT definition. Named types stay references ({@link Named}); anonymous types
 * ({@code list}, {@code option}, ...) are structural. A {@link Named} reference to a resource denotes an owned
 * handle.
 */
public sealed interface WitType {
    record Primitive(PrimitiveType type) implements WitType {
    }

    record Named(TypeRef ref) implements WitType {
    }

    record ListOf(WitType element) implements WitType {
    }

    record FixedListOf(WitType element, int length) implements WitType {
    }

    record MapOf(WitType key, WitType value) implements WitType {
    }

    record TupleOf(List<WitType> elements) implements WitType {
        public TupleOf {
            elements = List.copyOf(elements);
        }
    }

    record OptionOf(WitType some) implements WitType {
    }

    record ResultOf(Optional<WitType> ok, Optional<WitType> err) implements WitType {
    }

    /** {@code borrow<r>}; {@code resource} names a type that resolves to a resource. */
    record Borrow(TypeRef resource) implements WitType {
    }

    record FutureOf(Optional<WitType> element) implements WitType {
    }

    record StreamOf(Optional<WitType> element) implements WitType {
    }
}
