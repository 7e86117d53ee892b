package dev.weft.wasi.filesystem;

import java.nio.file.Path;
import java.util.Objects;

/** A host folder the guest sees as {@code guestPath}; a read-only preopen refuses every change below it. */
public record Preopen(Path hostPath, String guestPath, boolean readOnly) {
    public Preopen {
        hostPath = hostPath.toAbsolutePath().normalize();
        Objects.requireNonNull(guestPath, "guestPath");
    }
}
