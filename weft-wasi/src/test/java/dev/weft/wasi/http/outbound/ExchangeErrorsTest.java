package dev.weft.wasi.http.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.wasi.http.types.ErrorCode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertificateException;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * JDK client failures that a loopback test cannot provoke reliably (connect timeouts, certificates, routes), mapped
 * as Wasmtime's {@code wasi:http} maps hyper's: the connect timeout of {@code request-options} is
 * {@code connection-timeout}, the first-byte timeout {@code connection-read-timeout}.
 */
class ExchangeErrorsTest {
    @Test
    void transportFailuresMapToTheirCases() {
        assertEquals(ErrorCode.Simple.CONNECTION_TIMEOUT,
                ExchangeErrors.map(new CompletionException(new HttpConnectTimeoutException("connect timed out"))));
        assertEquals(ErrorCode.Simple.CONNECTION_READ_TIMEOUT,
                ExchangeErrors.map(new HttpTimeoutException("request timed out")));
        assertEquals(ErrorCode.Simple.DESTINATION_UNAVAILABLE,
                ExchangeErrors.map(new IOException(new NoRouteToHostException("no route"))));
        assertEquals(ErrorCode.Simple.CONNECTION_REFUSED, ExchangeErrors.map(new ConnectException("refused")));
        SSLHandshakeException badCertificate = new SSLHandshakeException("PKIX path building failed");
        badCertificate.initCause(new CertificateException("unknown issuer"));
        assertEquals(ErrorCode.Simple.TLS_CERTIFICATE_ERROR, ExchangeErrors.map(badCertificate));
        assertEquals(ErrorCode.Simple.TLS_PROTOCOL_ERROR,
                ExchangeErrors.map(new SSLHandshakeException("no cipher suites in common")));
        assertEquals(ErrorCode.Simple.CONNECTION_TERMINATED, ExchangeErrors.map(new IOException("reset")));
        // how the JDK client reports a name that does not resolve
        ConnectException unresolved = new ConnectException();
        unresolved.initCause(new java.nio.channels.UnresolvedAddressException());
        assertEquals(new ErrorCode.DnsError(java.util.Optional.of("address not available"), java.util.Optional.of(0)),
                ExchangeErrors.map(new CompletionException(unresolved)));
    }
}
