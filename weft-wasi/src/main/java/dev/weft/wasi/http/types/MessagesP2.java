package dev.weft.wasi.http.types;

import static dev.weft.wasi.WasiVals.one;

import dev.weft.error.Trap;
import dev.weft.runtime.LinkerInstance;
import dev.weft.value.OptionVal;
import dev.weft.value.ResultVal;
import dev.weft.value.U16Val;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import dev.weft.wasi.WasiVals;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * {@code wasi:http/types} glue for the request and response resources: {@code incoming-request},
 * {@code outgoing-request}, {@code request-options}, {@code response-outparam}, {@code incoming-response},
 * {@code outgoing-response}.
 */
final class MessagesP2 {
    private final LinkerInstance types;
    private final HttpResources r;

    private MessagesP2(LinkerInstance types, HttpResources r) {
        this.types = types;
        this.r = r;
    }

    static void define(LinkerInstance types, HttpResources r) {
        MessagesP2 m = new MessagesP2(types, r);
        m.incomingRequest();
        m.outgoingRequest();
        m.requestOptions();
        m.responses();
    }

    private void incomingRequest() {
        var req = r.incomingRequest();
        types.function("[method]incoming-request.method", a -> one(req.get(a.get(0)).method().toVal()));
        types.function("[method]incoming-request.path-with-query",
                a -> one(HttpVals.optionString(req.get(a.get(0)).pathWithQuery())));
        types.function("[method]incoming-request.scheme",
                a -> one(new OptionVal(req.get(a.get(0)).scheme().map(Scheme::toVal))));
        types.function("[method]incoming-request.authority",
                a -> one(HttpVals.optionString(req.get(a.get(0)).authority())));
        types.function("[method]incoming-request.headers", a -> one(r.fields().own(req.get(a.get(0)).headers())));
        types.function("[method]incoming-request.consume", a -> one(req.get(a.get(0)).consume()
                .map(b -> WasiVals.ok(r.incomingBody().own(b))).orElse(HttpVals.errUnit())));
    }

    private void outgoingRequest() {
        var req = r.outgoingRequest();
        types.function("[constructor]outgoing-request",
                a -> one(req.own(new OutgoingRequest(r.fields().get(a.get(0))))));
        types.function("[method]outgoing-request.body", a -> one(req.get(a.get(0)).body()
                .map(b -> WasiVals.ok(r.outgoingBody().own(b))).orElse(HttpVals.errUnit())));
        types.function("[method]outgoing-request.method", a -> one(req.get(a.get(0)).method().toVal()));
        types.function("[method]outgoing-request.set-method", a -> {
            OutgoingRequest self = req.get(a.get(0));
            try {
                self.method(Method.fromVal(a.get(1)));
                return one(HttpVals.result(true));
            } catch (IllegalArgumentException invalid) {
                return one(HttpVals.result(false));
            }
        });
        types.function("[method]outgoing-request.path-with-query",
                a -> one(HttpVals.optionString(req.get(a.get(0)).pathWithQuery())));
        types.function("[method]outgoing-request.set-path-with-query", a -> one(HttpVals.result(
                req.get(a.get(0)).pathWithQuery(HttpVals.optionalString(a.get(1))))));
        types.function("[method]outgoing-request.scheme",
                a -> one(new OptionVal(req.get(a.get(0)).scheme().map(Scheme::toVal))));
        types.function("[method]outgoing-request.set-scheme", a -> {
            OutgoingRequest self = req.get(a.get(0));
            Optional<Val> value = HttpVals.option(a.get(1));
            try {
                self.scheme(value.isEmpty() ? Optional.empty() : Optional.of(Scheme.fromVal(value.get())));
                return one(HttpVals.result(true));
            } catch (IllegalArgumentException invalid) {
                return one(HttpVals.result(false));
            }
        });
        types.function("[method]outgoing-request.authority",
                a -> one(HttpVals.optionString(req.get(a.get(0)).authority())));
        types.function("[method]outgoing-request.set-authority", a -> one(HttpVals.result(
                req.get(a.get(0)).authority(HttpVals.optionalString(a.get(1))))));
        types.function("[method]outgoing-request.headers", a -> one(r.fields().own(req.get(a.get(0)).headers())));
    }

    private void requestOptions() {
        var opts = r.requestOptions();
        types.function("[constructor]request-options", a -> one(opts.own(new RequestOptions())));
        timeout("connect-timeout", RequestOptions::connectTimeout, RequestOptions::connectTimeout);
        timeout("first-byte-timeout", RequestOptions::firstByteTimeout, RequestOptions::firstByteTimeout);
        timeout("between-bytes-timeout", RequestOptions::betweenBytesTimeout, RequestOptions::betweenBytesTimeout);
    }

    private void timeout(String name, Function<RequestOptions, Optional<Duration>> get,
            BiConsumer<RequestOptions, Optional<Duration>> set) {
        var opts = r.requestOptions();
        types.function("[method]request-options." + name,
                a -> one(HttpVals.optionDuration(get.apply(opts.get(a.get(0))))));
        types.function("[method]request-options.set-" + name, a -> {
            set.accept(opts.get(a.get(0)), HttpVals.optionalDuration(a.get(1)));
            return one(HttpVals.result(true));
        });
    }

    private void responses() {
        var out = r.outgoingResponse();
        types.function("[static]response-outparam.set", a -> {
            ResponseOutparam param = r.responseOutparam().get(a.get(0));
            if (param.isSet()) {
                throw new Trap("response-outparam.set called twice");
            }
            if (!(a.get(1) instanceof ResultVal result) || result.payload().isEmpty()) {
                throw new Trap("response-outparam.set: expected result<outgoing-response, error-code>, got "
                        + a.get(1));
            }
            if (result.isOk()) {
                param.respond(out.get(result.payload().get()));
            } else {
                param.fail(describeErrorCode(result.payload().get()));
            }
            return WasiVals.NONE;
        });
        var in = r.incomingResponse();
        types.function("[method]incoming-response.status", a -> one(new U16Val(in.get(a.get(0)).status())));
        types.function("[method]incoming-response.headers", a -> one(r.fields().own(in.get(a.get(0)).headers())));
        types.function("[method]incoming-response.consume", a -> one(in.get(a.get(0)).consume()
                .map(b -> WasiVals.ok(r.incomingBody().own(b))).orElse(HttpVals.errUnit())));
        types.function("[constructor]outgoing-response",
                a -> one(out.own(OutgoingResponse.taking(r.fields().get(a.get(0))))));
        types.function("[method]outgoing-response.status-code", a -> one(new U16Val(out.get(a.get(0)).status())));
        types.function("[method]outgoing-response.set-status-code", a -> one(HttpVals.result(
                out.get(a.get(0)).setStatus(HttpVals.toU16(a.get(1))))));
        types.function("[method]outgoing-response.headers", a -> one(r.fields().own(out.get(a.get(0)).headers())));
        types.function("[method]outgoing-response.body", a -> one(out.get(a.get(0)).body()
                .map(b -> WasiVals.ok(r.outgoingBody().own(b))).orElse(HttpVals.errUnit())));
    }

    /** A guest-supplied {@code error-code} value, for the failure report. */
    static String describeErrorCode(Val v) {
        if (v instanceof VariantVal variant) {
            return variant.caseName() + variant.payload().map(p -> " " + p).orElse("");
        }
        return String.valueOf(v);
    }
}
