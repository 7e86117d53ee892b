package dev.weft.wasi.filesystem;

/** {@code wasi:filesystem/types.descriptor-type}, in WIT order. */
public enum DescriptorType {
    UNKNOWN, BLOCK_DEVICE, CHARACTER_DEVICE, DIRECTORY, FIFO, SYMBOLIC_LINK, REGULAR_FILE, SOCKET;

    public String witName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
