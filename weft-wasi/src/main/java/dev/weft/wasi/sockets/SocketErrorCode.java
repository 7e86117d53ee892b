package dev.weft.wasi.sockets;

import java.util.Locale;

/** {@code wasi:sockets/network.error-code}, in WIT order. */
public enum SocketErrorCode {
    UNKNOWN, ACCESS_DENIED, NOT_SUPPORTED, INVALID_ARGUMENT, OUT_OF_MEMORY, TIMEOUT, CONCURRENCY_CONFLICT,
    NOT_IN_PROGRESS, WOULD_BLOCK, INVALID_STATE, NEW_SOCKET_LIMIT, ADDRESS_NOT_BINDABLE, ADDRESS_IN_USE,
    REMOTE_UNREACHABLE, CONNECTION_REFUSED, CONNECTION_RESET, CONNECTION_ABORTED, DATAGRAM_TOO_LARGE,
    NAME_UNRESOLVABLE, TEMPORARY_RESOLVER_FAILURE, PERMANENT_RESOLVER_FAILURE;

    /** The WIT case name, e.g. {@code access-denied}. */
    public String witName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
