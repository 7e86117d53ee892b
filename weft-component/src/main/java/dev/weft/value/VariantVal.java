package dev.weft.value;

import java.util.Optional;

public record VariantVal(String caseName, Optional<Val> payload) implements Val {
}
