package dev.weft.component.types;

import java.util.List;
import java.util.Optional;

public record VariantType(List<Case> cases) implements ValueType {
    public VariantType {
        cases = List.copyOf(cases);
    }

    /** A case with an optional payload. */
    public record Case(String name, Optional<ValueType> payload) {
    }
}
