package dev.weft.runtime.engine;

import java.util.OptionalInt;

/** A core linear memory type, in 64 KiB pages. */
public record CoreMemoryType(int minPages, OptionalInt maxPages, boolean shared) implements CoreExternType {

    public static final int PAGE_SIZE = 65536;

    public CoreMemoryType {
        if (minPages < 0) {
            throw new IllegalArgumentException("memory minimum must not be negative: " + minPages);
        }
        if (maxPages.isPresent() && maxPages.getAsInt() < minPages) {
            throw new IllegalArgumentException(
                    "memory maximum " + maxPages.getAsInt() + " is below its minimum " + minPages);
        }
    }

    public static CoreMemoryType of(int minPages) {
        return new CoreMemoryType(minPages, OptionalInt.empty(), false);
    }

    public static CoreMemoryType of(int minPages, int maxPages) {
        return new CoreMemoryType(minPages, OptionalInt.of(maxPages), false);
    }

    @Override
    public String kind() {
        return "memory";
    }
}
