package dev.weft.wasi.io;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code wasi:io/error.error} resource: a debug message plus, for filesystem streams, the filesystem error-code
 * name that {@code wasi:filesystem/types.filesystem-error-code} reports, and, for other interfaces that interpret
 * stream errors (e.g. {@code wasi:http/types.http-error-code}), a host object they recognise in {@code detail}.
 */
public record IoError(String debugString, Optional<String> filesystemCode, Optional<Object> detail) {
    public IoError {
        Objects.requireNonNull(debugString, "debugString");
        Objects.requireNonNull(filesystemCode, "filesystemCode");
        Objects.requireNonNull(detail, "detail");
    }

    public IoError(String debugString, Optional<String> filesystemCode) {
        this(debugString, filesystemCode, Optional.empty());
    }

    public static IoError of(String message) {
        return new IoError(message, Optional.empty());
    }

    /** An error carrying {@code detail} for the interface that produced the stream. */
    public static IoError withDetail(String message, Object detail) {
        return new IoError(message, Optional.empty(), Optional.of(detail));
    }
}
