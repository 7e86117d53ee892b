package dev.weft.wasi.http.outbound;

import dev.weft.wasi.http.types.ErrorCode;
import dev.weft.wasi.http.types.ErrorCodeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** Maps the JDK HTTP client's failures to {@code wasi:http} error codes (as Wasmtime maps hyper's). */
final class ExchangeErrors {
    private ExchangeErrors() {
    }

    static ErrorCode map(Throwable failure) {
        // the JDK client reports a name that does not resolve as a ConnectException caused by an
        // UnresolvedAddressException: the lookup failure decides, wherever it is in the chain
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return dnsError();
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            ErrorCode code = direct(t);
            if (code != null) {
                return code;
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IOException) {
            return ErrorCode.Simple.CONNECTION_TERMINATED;
        }
        return ErrorCode.InternalError.of(String.valueOf(root.getMessage() != null ? root.getMessage() : root));
    }

    /** For a failed read of a response body. */
    static ErrorCode bodyReadFailure(IOException e) {
        ErrorCode code = direct(e);
        return code != null ? code : ErrorCode.Simple.CONNECTION_TERMINATED;
    }

    private static ErrorCode direct(Throwable t) {
        return switch (t) {
            case ErrorCodeException known -> known.code();
            case HttpConnectTimeoutException c -> ErrorCode.Simple.CONNECTION_TIMEOUT;
            case HttpTimeoutException c -> ErrorCode.Simple.CONNECTION_READ_TIMEOUT;
            case NoRouteToHostException c -> ErrorCode.Simple.DESTINATION_UNAVAILABLE;
            case ConnectException c -> ErrorCode.Simple.CONNECTION_REFUSED;
            case UnknownHostException c -> dnsError();
            case UnresolvedAddressException c -> dnsError();
            case SSLHandshakeException c -> hasCertificateCause(c) ? ErrorCode.Simple.TLS_CERTIFICATE_ERROR
                    : ErrorCode.Simple.TLS_PROTOCOL_ERROR;
            case SSLException c -> ErrorCode.Simple.TLS_PROTOCOL_ERROR;
            default -> null;
        };
    }

    private static ErrorCode dnsError() {
        return new ErrorCode.DnsError(Optional.of("address not available"), Optional.of(0));
    }

    private static boolean hasCertificateCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CertificateException || c.getClass().getName().contains("CertPath")) {
                return true;
            }
        }
        return false;
    }
}
