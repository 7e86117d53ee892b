package dev.weft.wit.resolve;

import java.util.Set;

/**
 * Which {@code @unstable(feature = f)} items to keep. Like wit-parser, items gated on a feature that is not
 * enabled are dropped before resolution (references to them then fail as unknown names).
 */
public record ResolveOptions(Set<String> features, boolean allFeatures) {
    public ResolveOptions {
        features = Set.copyOf(features);
    }

    /** No unstable features: what {@code wasm-tools component wit} does by default. */
    public static ResolveOptions defaults() {
        return new ResolveOptions(Set.of(), false);
    }

    /** Keep every {@code @unstable} item. */
    public static ResolveOptions withAllFeatures() {
        return new ResolveOptions(Set.of(), true);
    }

    public static ResolveOptions withFeatures(String... features) {
        return new ResolveOptions(Set.of(features), false);
    }

    public boolean enabled(String feature) {
        return allFeatures || features.contains(feature);
    }
}
