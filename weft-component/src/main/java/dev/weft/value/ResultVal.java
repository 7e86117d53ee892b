package dev.weft.value;

import java.util.Optional;

/** {@code ok(payload)} when {@code isOk}, else {@code err(payload)}; payload empty for a result without that type. */
public record ResultVal(boolean isOk, Optional<Val> payload) implements Val {
}
