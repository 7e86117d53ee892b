package dev.weft.wasi.filesystem;

/** The flags of {@code open-at}: path-flags, open-flags and descriptor-flags together. */
public record OpenRequest(boolean followSymlinks, boolean create, boolean directory, boolean exclusive,
        boolean truncate, Descriptor.Access access) {
}
