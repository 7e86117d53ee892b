package dev.weft.value;

import java.util.Optional;

/** A WIT {@code variant} value: the case's name and its payload, if the case has one. */
public record VariantVal(String caseName, Optional<Val> payload) implements Val {
}
