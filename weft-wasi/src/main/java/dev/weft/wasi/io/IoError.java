package dev.weft.wasi.io;

import java.util.Optional;

/**
 * The {@code wasi:io/error.error} resource: a debug message plus, for filesystem streams, the filesystem error-code
 * name that {@code wasi:filesystem/types.filesystem-error-code} reports.
 */
public record IoError(String debugString, Optional<String> filesystemCode) {
    public static IoError of(String message) {
        return new IoError(message, Optional.empty());
    }
}
