package dev.weft.wasi.http.types;

import java.io.IOException;

/** An I/O failure that already knows its {@code wasi:http} {@link ErrorCode}. */
public final class ErrorCodeException extends IOException {
    private final transient ErrorCode code;

    public ErrorCodeException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    /** The error code of {@code e}: its own when it has one, else {@code fallback}. */
    public static ErrorCode codeOf(IOException e, ErrorCode fallback) {
        return e instanceof ErrorCodeException known ? known.code() : fallback;
    }
}
