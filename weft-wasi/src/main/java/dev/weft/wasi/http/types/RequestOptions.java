package dev.weft.wasi.http.types;

import java.time.Duration;
import java.util.Optional;

/** The {@code request-options} resource: the three transport timeouts of an outgoing request. */
public final class RequestOptions {
    private Optional<Duration> connectTimeout = Optional.empty();
    private Optional<Duration> firstByteTimeout = Optional.empty();
    private Optional<Duration> betweenBytesTimeout = Optional.empty();

    public Optional<Duration> connectTimeout() {
        return connectTimeout;
    }

    public void connectTimeout(Optional<Duration> value) {
        connectTimeout = value;
    }

    public Optional<Duration> firstByteTimeout() {
        return firstByteTimeout;
    }

    public void firstByteTimeout(Optional<Duration> value) {
        firstByteTimeout = value;
    }

    public Optional<Duration> betweenBytesTimeout() {
        return betweenBytesTimeout;
    }

    public void betweenBytesTimeout(Optional<Duration> value) {
        betweenBytesTimeout = value;
    }
}
