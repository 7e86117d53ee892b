package dev.weft.runtime.engine;

import java.util.Locale;

/**
 * Which storage a defined non-shared memory gets: copy-on-write chunks over the module's image ({@link PagedMemory},
 * cheap to instantiate: nothing is copied until written) or one array ({@link FlatMemory}, cheaper loads and stores,
 * but a fresh instance allocates and fills its whole initial memory). The JVM-wide choice is the system property
 * {@code weft.memory}: {@code paged} (the default) or {@code flat}; anything else is refused when this class loads.
 *
 * <p>Why paged for every module by default (measured, bench/README.md "Memory accessors"): with a fresh instance per
 * request, flat pays its whole initial memory up front. For the componentize-js handler (145 pages, 9.5 MB, of
 * which a request writes 149 chunks, 0.6 MB) flat cut the accessors from ~30 % to ~10 % of the samples, but
 * allocating, zeroing and filling 9.5 MB per instance cost more: 5.3 against 3.5 ms of thread CPU per request, and
 * 10.7 MB allocated instead of 1.8 MB. For the WAT handler (1 page) flat allocates a whole 64 KiB page per
 * instance where paged copies one 4 KiB chunk (81 against 19 KB). Flat pays off only for a long-running instance
 * whose loads and stores dominate (no per-module signal tells that apart, hence the property).
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

    /** The kind every defined non-shared memory gets in this JVM. */
    static MemoryKind chosen() {
        return CHOSEN;
    }
}
