package dev.weft.wasi.http.types;

import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import java.util.Optional;

/** {@code wasi:http/types.header-error}: why a {@code fields} operation was refused. */
public enum HeaderError {
    /** The field name or value is not valid HTTP syntax. */
    INVALID_SYNTAX("invalid-syntax"),
    /** The field name is one the host does not let guests set (connection-level headers). */
    FORBIDDEN("forbidden"),
    /** The fields belong to a request or response and cannot change. */
    IMMUTABLE("immutable");

    private final String caseName;

    HeaderError(String caseName) {
        this.caseName = caseName;
    }

    public String caseName() {
        return caseName;
    }

    public Val toVal() {
        return new VariantVal(caseName, Optional.empty());
    }

    /** Thrown by {@link Fields} operations; carries the {@link HeaderError} to return to the guest. */
    public static final class Refused extends Exception {
        private final HeaderError error;

        public Refused(HeaderError error, String message) {
            super(message, null, false, false);
            this.error = error;
        }

        public HeaderError error() {
            return error;
        }
    }
}
