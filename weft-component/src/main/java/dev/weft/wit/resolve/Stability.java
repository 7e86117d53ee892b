package dev.weft.wit.resolve;

import java.util.Optional;

/** The feature gate of an item (WIT.md "Feature Gates"). */
public sealed interface Stability {
    /** No gate. */
    record Unknown() implements Stability {
    }

    /** {@code @since(version = v)}, optionally {@code @deprecated(version = d)}. */
    record Stable(String since, Optional<String> deprecated) implements Stability {
    }

    /** {@code @unstable(feature = f)}, optionally {@code @deprecated(version = d)}. */
    record Unstable(String feature, Optional<String> deprecated) implements Stability {
    }

    Stability UNKNOWN = new Unknown();
}
