package dev.weft.runtime.engine;

import java.util.Locale;
import run.endive.wasm.types.MemoryLimits;

/**
 * Which storage a defined non-shared memory gets: copy-on-write chunks over the module's image ({@link PagedMemory},
 * cheap to instantiate: nothing is copied until written) or one array ({@link FlatMemory}, cheaper loads and stores,
 * but a fresh instance allocates and fills its whole initial memory). The JVM-wide choice is the system property
 * {@code weft.memory}: {@code paged} (the default) or {@code flat}; anything else is refused when this class loads.
 */
enum MemoryKind {
    PAGED,
    FLAT;

    /** The property that chooses the kind. */
    static final String PROPERTY = "weft.memory";

    private static final MemoryKind CHOSEN = parse(System.getProperty(PROPERTY, "paged"));

    /** The kind named {@code value} (case-insensitive). */
    static MemoryKind parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "paged" -> PAGED;
            case "flat" -> FLAT;
            default -> throw new IllegalArgumentException(
                    "-D" + PROPERTY + "=" + value + ": expected paged or flat");
        };
    }

    /** The kind for a memory with {@code limits} in this JVM. */
    static MemoryKind of(MemoryLimits limits) {
        return CHOSEN;
    }
}
