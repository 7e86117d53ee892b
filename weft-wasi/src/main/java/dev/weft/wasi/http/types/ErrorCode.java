package dev.weft.wasi.http.types;

import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
import dev.weft.value.StringVal;
import dev.weft.value.U16Val;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import java.util.List;
import java.util.Optional;

/**
 * A {@code wasi:http/types.error-code}: every case of the WIT variant. Cases without payload are {@link Simple};
 * the others are records grouped by payload shape, each naming its WIT case through a kind enum.
 */
public sealed interface ErrorCode {
    /** The WIT case name, e.g. {@code HTTP-request-denied}. */
    String caseName();

    /** The value as the guest sees it. */
    Val toVal();

    /** A one-line description for logs and {@code to-debug-string}. */
    default String describe() {
        return caseName();
    }

    /** The cases without payload. */
    enum Simple implements ErrorCode {
        DNS_TIMEOUT("DNS-timeout"),
        DESTINATION_NOT_FOUND("destination-not-found"),
        DESTINATION_UNAVAILABLE("destination-unavailable"),
        DESTINATION_IP_PROHIBITED("destination-IP-prohibited"),
        DESTINATION_IP_UNROUTABLE("destination-IP-unroutable"),
        CONNECTION_REFUSED("connection-refused"),
        CONNECTION_TERMINATED("connection-terminated"),
        CONNECTION_TIMEOUT("connection-timeout"),
        CONNECTION_READ_TIMEOUT("connection-read-timeout"),
        CONNECTION_WRITE_TIMEOUT("connection-write-timeout"),
        CONNECTION_LIMIT_REACHED("connection-limit-reached"),
        TLS_PROTOCOL_ERROR("TLS-protocol-error"),
        TLS_CERTIFICATE_ERROR("TLS-certificate-error"),
        HTTP_REQUEST_DENIED("HTTP-request-denied"),
        HTTP_REQUEST_LENGTH_REQUIRED("HTTP-request-length-required"),
        HTTP_REQUEST_METHOD_INVALID("HTTP-request-method-invalid"),
        HTTP_REQUEST_URI_INVALID("HTTP-request-URI-invalid"),
        HTTP_REQUEST_URI_TOO_LONG("HTTP-request-URI-too-long"),
        HTTP_RESPONSE_INCOMPLETE("HTTP-response-incomplete"),
        HTTP_RESPONSE_TIMEOUT("HTTP-response-timeout"),
        HTTP_UPGRADE_FAILED("HTTP-upgrade-failed"),
        HTTP_PROTOCOL_ERROR("HTTP-protocol-error"),
        LOOP_DETECTED("loop-detected"),
        CONFIGURATION_ERROR("configuration-error");

        private final String caseName;

        Simple(String caseName) {
            this.caseName = caseName;
        }

        @Override
        public String caseName() {
            return caseName;
        }

        @Override
        public Val toVal() {
            return new VariantVal(caseName, Optional.empty());
        }
    }

    /** {@code DNS-error(DNS-error-payload)}. */
    record DnsError(Optional<String> rcode, Optional<Integer> infoCode) implements ErrorCode {
        @Override
        public String caseName() {
            return "DNS-error";
        }

        @Override
        public Val toVal() {
            return payload(caseName(), new RecordVal(List.of(
                    new RecordVal.Field("rcode", option(rcode.map(StringVal::new))),
                    new RecordVal.Field("info-code", option(infoCode.map(U16Val::new))))));
        }

        @Override
        public String describe() {
            return caseName() + rcode.map(r -> " (" + r + ")").orElse("");
        }
    }

    /** {@code TLS-alert-received(TLS-alert-received-payload)}. */
    record TlsAlertReceived(Optional<Integer> alertId, Optional<String> alertMessage) implements ErrorCode {
        @Override
        public String caseName() {
            return "TLS-alert-received";
        }

        @Override
        public Val toVal() {
            return payload(caseName(), new RecordVal(List.of(
                    new RecordVal.Field("alert-id", option(alertId.map(U8Val::new))),
                    new RecordVal.Field("alert-message", option(alertMessage.map(StringVal::new))))));
        }
    }

    /** Which body an {@link BodySize} error is about. */
    enum BodyKind {
        REQUEST("HTTP-request-body-size"), RESPONSE("HTTP-response-body-size");

        final String caseName;

        BodyKind(String caseName) {
            this.caseName = caseName;
        }
    }

    /** {@code HTTP-request-body-size(option<u64>)} and {@code HTTP-response-body-size(option<u64>)}. */
    record BodySize(BodyKind kind, Optional<Long> size) implements ErrorCode {
        @Override
        public String caseName() {
            return kind.caseName;
        }

        @Override
        public Val toVal() {
            return payload(caseName(), option(size.map(U64Val::new)));
        }

        @Override
        public String describe() {
            return caseName() + size.map(s -> " (" + s + " bytes)").orElse("");
        }
    }

    /** The {@code *-section-size(option<u32>)} cases. */
    enum SectionKind {
        REQUEST_HEADERS("HTTP-request-header-section-size"),
        REQUEST_TRAILERS("HTTP-request-trailer-section-size"),
        RESPONSE_HEADERS("HTTP-response-header-section-size"),
        RESPONSE_TRAILERS("HTTP-response-trailer-section-size");

        final String caseName;

        SectionKind(String caseName) {
            this.caseName = caseName;
        }
    }

    /** A header or trailer section is too large. */
    record SectionSize(SectionKind kind, Optional<Long> size) implements ErrorCode {
        @Override
        public String caseName() {
            return kind.caseName;
        }

        @Override
        public Val toVal() {
            return payload(caseName(), option(size.map(U32Val::new)));
        }
    }

    /**
     * The {@code *-header-size} / {@code *-trailer-size} cases; only {@code HTTP-request-header-size} wraps its
     * payload in an option ({@code optional}).
     */
    enum FieldKind {
        REQUEST_HEADER("HTTP-request-header-size", true),
        REQUEST_TRAILER("HTTP-request-trailer-size", false),
        RESPONSE_HEADER("HTTP-response-header-size", false),
        RESPONSE_TRAILER("HTTP-response-trailer-size", false);

        final String caseName;
        final boolean optional;

        FieldKind(String caseName, boolean optional) {
            this.caseName = caseName;
            this.optional = optional;
        }
    }

    /** One header or trailer field is too large ({@code field-size-payload}). */
    record FieldSize(FieldKind kind, Optional<String> fieldName, Optional<Long> fieldSize) implements ErrorCode {
        @Override
        public String caseName() {
            return kind.caseName;
        }

        @Override
        public Val toVal() {
            Val record = new RecordVal(List.of(
                    new RecordVal.Field("field-name", option(fieldName.map(StringVal::new))),
                    new RecordVal.Field("field-size", option(fieldSize.map(U32Val::new)))));
            return payload(caseName(), kind.optional ? option(Optional.of(record)) : record);
        }
    }

    /** The response coding cases ({@code option<string>} payload). */
    enum CodingKind {
        TRANSFER("HTTP-response-transfer-coding"), CONTENT("HTTP-response-content-coding");

        final String caseName;

        CodingKind(String caseName) {
            this.caseName = caseName;
        }
    }

    /** The response used a transfer or content coding the host cannot handle. */
    record Coding(CodingKind kind, Optional<String> coding) implements ErrorCode {
        @Override
        public String caseName() {
            return kind.caseName;
        }

        @Override
        public Val toVal() {
            return payload(caseName(), option(coding.map(StringVal::new)));
        }
    }

    /** {@code internal-error(option<string>)}. */
    record InternalError(Optional<String> message) implements ErrorCode {
        public static InternalError of(String message) {
            return new InternalError(Optional.of(message));
        }

        @Override
        public String caseName() {
            return "internal-error";
        }

        @Override
        public Val toVal() {
            return payload(caseName(), option(message.map(StringVal::new)));
        }

        @Override
        public String describe() {
            return caseName() + message.map(m -> ": " + m).orElse("");
        }
    }

    private static Val payload(String caseName, Val value) {
        return new VariantVal(caseName, Optional.of(value));
    }

    private static Val option(Optional<? extends Val> value) {
        return new OptionVal(value.map(v -> (Val) v));
    }
}
