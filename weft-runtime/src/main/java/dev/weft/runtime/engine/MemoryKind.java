package dev.weft.runtime.engine;

import java.util.Locale;

/**
 * Which storage a defined non-shared memory gets: copy-on-write chunks over the module's image ({@link PagedMemory},
 * cheap to instantiate: nothing is copied until written) or one array ({@link FlatMemory}, cheaper loads and stores,
 * but a fresh array must be allocated and filled with the whole initial memory), which for instances whose owner
 * gives them back ({@link CoreStore#poolMemories}, e.g. {@code weft serve}'s instance per request) comes from a
 * per-module {@link FlatPool} holding the image, restored after each use where it was written. The JVM-wide choice
 * is the system property {@code weft.memory}: {@code auto} (the default: pooled flat for stores that give their
 * memories back, paged for everything else), {@code paged} (paged everywhere, no pooling) or {@code flat} (flat
 * everywhere, pooled where the store gives its memories back); anything else is refused when this class loads.
 *
 * <p>Why (measured, bench/README.md "Memory accessors" and "Pooled flat memories"): with a fresh instance per
 * request, an unpooled flat memory pays its whole initial memory up front. For the componentize-js handler (145
 * pages, 9.5 MB, of which a request writes ~149 4 KiB chunks, 0.6 MB) flat cut the accessors from ~30 % to ~10 % of
 * the samples, but allocating, zeroing and filling 9.5 MB per instance cost more: 5.3 against 3.5 ms of thread CPU
 * per request, and 10.7 MB allocated instead of 1.8 MB. A pooled flat memory copies back only the chunks a request
 * wrote, so it keeps flat's cheap accessors without that cost: through {@code WasiHttpProxy}, once warm, 1.4–1.65 ms
 * of process CPU per request against 2.3–2.9 ms paged, 1.12 MB allocated against 1.75 MB, and the WAT handler's
 * pooled instantiation + release (3.9 µs) costs what a paged instantiation does. It needs the owner to say when the
 * instance is done, hence pooled only for such stores; an unreleased flat memory would cost its whole size. Flat without a pool pays off only for a long-running instance whose
 * loads and stores dominate (no per-module signal tells that apart, hence the property).
 */
enum MemoryKind {
    AUTO,
    PAGED,
    FLAT;

    /** The property that chooses the kind. */
    static final String PROPERTY = "weft.memory";

    private static final MemoryKind CHOSEN = parse(System.getProperty(PROPERTY, "auto"));

    /** The kind named {@code value} (case-insensitive). */
    static MemoryKind parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "paged" -> PAGED;
            case "flat" -> FLAT;
            default -> throw new IllegalArgumentException(
                    "-D" + PROPERTY + "=" + value + ": expected auto, paged or flat");
        };
    }

    /** The kind every defined non-shared memory gets in this JVM. */
    static MemoryKind chosen() {
        return CHOSEN;
    }
}
