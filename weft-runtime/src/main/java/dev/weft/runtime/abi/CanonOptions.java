package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;

import java.util.Objects;

/**
 * The canon options of one {@code canon lift} / {@code canon lower}: {@code memory}, {@code realloc},
 * {@code post-return} (lift only) and {@code string-encoding}. Absent options are {@code null}; the accessors
 * {@link #requireMemory()} and {@link #requireRealloc()} trap with a clear message when one is needed but absent.
 */
public record CanonOptions(GuestMemory memory, Realloc realloc, FlatFunction postReturn, StringEncoding encoding) {
    public CanonOptions {
        Objects.requireNonNull(encoding, "encoding");
    }

    /** Options without memory (enough for functions of scalars only). */
    public static CanonOptions none() {
        return new CanonOptions(null, null, null, StringEncoding.UTF8);
    }

    public static CanonOptions of(GuestMemory memory, Realloc realloc, StringEncoding encoding) {
        return new CanonOptions(memory, realloc, null, encoding);
    }

    public CanonOptions withPostReturn(FlatFunction postReturn) {
        return new CanonOptions(memory, realloc, postReturn, encoding);
    }

    public GuestMemory requireMemory() throws Trap {
        if (memory == null) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "canonical ABI needs linear memory, but the memory canon option is absent");
        }
        return memory;
    }

    public Realloc requireRealloc() throws Trap {
        if (realloc == null) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "canonical ABI needs to allocate, but the realloc canon option is absent");
        }
        return realloc;
    }
}
