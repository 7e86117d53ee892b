package dev.weft.value;

import java.util.Optional;

public record OptionVal(Optional<Val> value) implements Val {
}
