package dev.weft.app.metrics;

/** Which limit a guest hit (the {@code limit} tag of {@code weft_limit_hits_total}). */
public enum LimitKind {
    MEMORY, DEADLINE, FUEL, TABLE, INSTANCES;

    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
