package dev.weft.wasi.sockets;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Locale;

/** A socket operation failed with a WASI {@link SocketErrorCode}. */
public final class SocketError extends Exception {
    private final SocketErrorCode code;

    public SocketError(SocketErrorCode code, String detail) {
        super(code.witName() + ": " + detail, null, false, false);
        this.code = code;
    }

    public SocketErrorCode code() {
        return code;
    }

    static SocketError of(SocketErrorCode code, String detail) {
        return new SocketError(code, detail);
    }

    /** The error code the OS failure behind {@code e} stands for. */
    public static SocketError of(Throwable e) {
        return new SocketError(codeOf(e), String.valueOf(e.getMessage()));
    }

    static SocketErrorCode codeOf(Throwable e) {
        return switch (e) {
            case ConnectException x -> fromReason(x.getMessage(), SocketErrorCode.CONNECTION_REFUSED);
            case NoRouteToHostException x -> SocketErrorCode.REMOTE_UNREACHABLE;
            case PortUnreachableException x -> SocketErrorCode.CONNECTION_REFUSED;
            case BindException x -> fromReason(x.getMessage(), SocketErrorCode.ADDRESS_IN_USE);
            case SocketTimeoutException x -> SocketErrorCode.TIMEOUT;
            case UnknownHostException x -> SocketErrorCode.NAME_UNRESOLVABLE;
            case AlreadyBoundException x -> SocketErrorCode.INVALID_STATE;
            case ClosedChannelException x -> SocketErrorCode.INVALID_STATE;
            case UnresolvedAddressException x -> SocketErrorCode.INVALID_ARGUMENT;
            case UnsupportedAddressTypeException x -> SocketErrorCode.INVALID_ARGUMENT;
            case IOException x -> fromReason(x.getMessage(), SocketErrorCode.UNKNOWN);
            default -> SocketErrorCode.UNKNOWN;
        };
    }

    private static SocketErrorCode fromReason(String message, SocketErrorCode fallback) {
        if (message == null) {
            return fallback;
        }
        String r = message.toLowerCase(Locale.ROOT);
        if (r.contains("refused")) {
            return SocketErrorCode.CONNECTION_REFUSED;
        } else if (r.contains("already in use")) {
            return SocketErrorCode.ADDRESS_IN_USE;
        } else if (r.contains("cannot assign requested address")) {
            return SocketErrorCode.ADDRESS_NOT_BINDABLE;
        } else if (r.contains("unreachable") || r.contains("no route")) {
            return SocketErrorCode.REMOTE_UNREACHABLE;
        } else if (r.contains("reset")) {
            return SocketErrorCode.CONNECTION_RESET;
        } else if (r.contains("aborted") || r.contains("broken pipe")) {
            return SocketErrorCode.CONNECTION_ABORTED;
        } else if (r.contains("timed out")) {
            return SocketErrorCode.TIMEOUT;
        } else if (r.contains("message too long")) {
            return SocketErrorCode.DATAGRAM_TOO_LARGE;
        } else if (r.contains("permission denied") || r.contains("not permitted")) {
            return SocketErrorCode.ACCESS_DENIED;
        } else if (r.contains("invalid argument")) {
            return SocketErrorCode.INVALID_ARGUMENT;
        }
        return fallback;
    }
}
