package dev.weft.wasi.filesystem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/** A filesystem operation failed with a WASI {@link ErrorCode}. */
public final class FsError extends Exception {
    private final ErrorCode code;

    public FsError(ErrorCode code, String detail) {
        super(code.witName() + ": " + detail, null, false, false);
        this.code = code;
    }

    public FsError(ErrorCode code) {
        this(code, code.witName());
    }

    public ErrorCode code() {
        return code;
    }

    /** The error code the OS failure behind {@code e} stands for. */
    public static FsError of(IOException e) {
        return new FsError(codeOf(e), String.valueOf(e.getMessage()));
    }

    private static ErrorCode codeOf(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> ErrorCode.NO_ENTRY;
            case FileAlreadyExistsException x -> ErrorCode.EXIST;
            case DirectoryNotEmptyException x -> ErrorCode.NOT_EMPTY;
            case NotDirectoryException x -> ErrorCode.NOT_DIRECTORY;
            case AccessDeniedException x -> ErrorCode.ACCESS;
            case FileSystemLoopException x -> ErrorCode.LOOP;
            case NotLinkException x -> ErrorCode.INVALID;
            case FileSystemException x -> fromReason(x.getReason());
            default -> fromReason(e.getMessage());
        };
    }

    private static ErrorCode fromReason(String reason) {
        if (reason == null) {
            return ErrorCode.IO;
        }
        String r = reason.toLowerCase(java.util.Locale.ROOT);
        if (r.contains("not a directory")) {
            return ErrorCode.NOT_DIRECTORY;
        } else if (r.contains("is a directory")) {
            return ErrorCode.IS_DIRECTORY;
        } else if (r.contains("directory not empty")) {
            return ErrorCode.NOT_EMPTY;
        } else if (r.contains("too many levels of symbolic links")) {
            return ErrorCode.LOOP;
        } else if (r.contains("no such file")) {
            return ErrorCode.NO_ENTRY;
        } else if (r.contains("file exists")) {
            return ErrorCode.EXIST;
        } else if (r.contains("invalid argument")) {
            return ErrorCode.INVALID;
        } else if (r.contains("operation not permitted")) {
            return ErrorCode.NOT_PERMITTED;
        } else if (r.contains("permission denied")) {
            return ErrorCode.ACCESS;
        } else if (r.contains("file name too long")) {
            return ErrorCode.NAME_TOO_LONG;
        } else if (r.contains("too many links")) {
            return ErrorCode.TOO_MANY_LINKS;
        } else if (r.contains("cross-device")) {
            return ErrorCode.CROSS_DEVICE;
        } else if (r.contains("file too large")) {
            return ErrorCode.FILE_TOO_LARGE;
        } else if (r.contains("no space")) {
            return ErrorCode.INSUFFICIENT_SPACE;
        } else if (r.contains("read-only")) {
            return ErrorCode.READ_ONLY;
        } else if (r.contains("bad file descriptor")) {
            return ErrorCode.BAD_DESCRIPTOR;
        }
        return ErrorCode.IO;
    }
}
