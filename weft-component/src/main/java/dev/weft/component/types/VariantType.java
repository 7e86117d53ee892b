package dev.weft.component.types;

import java.util.List;
import java.util.Optional;

/** The WIT {@code variant} type: its cases in declaration order (the discriminant order). */
public record VariantType(List<Case> cases) implements ValueType {
    public VariantType {
        cases = List.copyOf(cases);
    }

    /** A case with an optional payload. */
    public record Case(String name, Optional<ValueType> payload) {
    }
}
