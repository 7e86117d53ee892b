package dev.weft.wasi.http;

import dev.weft.wasi.WasiContext;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@code wasi:http} guest is hosted: its WASI context (args, env, folders, stdio), which outbound requests
 * it may make, the largest request body it is given, and the default outbound timeouts (used when the guest's
 * {@code request-options} set none).
 *
 * <pre>{@code
 * WasiHttpConfig config = WasiHttpConfig.builder()
 *         .wasi(WasiContext.builder().env("MODE", "prod").build())
 *         .outbound(OutboundHttpPolicy.allow("api.example.com", "127.0.0.1:*"))
 *         .maxRequestBodyBytes(10 << 20)
 *         .build();
 * }</pre>
 */
public record WasiHttpConfig(WasiContext wasi, OutboundHttpPolicy outbound, long maxRequestBodyBytes,
        Duration connectTimeout, Duration firstByteTimeout, Duration betweenBytesTimeout) {

    /** Wasmtime's default for each outbound timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(600);

    public WasiHttpConfig {
        Objects.requireNonNull(wasi, "wasi");
        Objects.requireNonNull(outbound, "outbound");
        if (maxRequestBodyBytes < 0) {
            throw new IllegalArgumentException("maxRequestBodyBytes must be >= 0, got " + maxRequestBodyBytes);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(firstByteTimeout, "firstByteTimeout");
        Objects.requireNonNull(betweenBytesTimeout, "betweenBytesTimeout");
    }

    /** No WASI capabilities, no outbound requests, unlimited request bodies, 600 s timeouts. */
    public static WasiHttpConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WasiHttpConfig}. */
    public static final class Builder {
        private WasiContext wasi = WasiContext.builder().build();
        private OutboundHttpPolicy outbound = OutboundHttpPolicy.denyAll();
        private long maxRequestBodyBytes = Long.MAX_VALUE;
        private Duration connectTimeout = DEFAULT_TIMEOUT;
        private Duration firstByteTimeout = DEFAULT_TIMEOUT;
        private Duration betweenBytesTimeout = DEFAULT_TIMEOUT;

        private Builder() {
        }

        public Builder wasi(WasiContext value) {
            wasi = value;
            return this;
        }

        public Builder outbound(OutboundHttpPolicy value) {
            outbound = value;
            return this;
        }

        /** A request body longer than this fails the guest's read with {@code HTTP-request-body-size}. */
        public Builder maxRequestBodyBytes(long value) {
            maxRequestBodyBytes = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        public Builder firstByteTimeout(Duration value) {
            firstByteTimeout = value;
            return this;
        }

        public Builder betweenBytesTimeout(Duration value) {
            betweenBytesTimeout = value;
            return this;
        }

        public WasiHttpConfig build() {
            return new WasiHttpConfig(wasi, outbound, maxRequestBodyBytes, connectTimeout, firstByteTimeout,
                    betweenBytesTimeout);
        }
    }
}
