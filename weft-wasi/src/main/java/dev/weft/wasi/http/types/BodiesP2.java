package dev.weft.wasi.http.types;

import static dev.weft.wasi.WasiVals.one;

import dev.weft.error.Trap;
import dev.weft.runtime.LinkerInstance;
import dev.weft.value.OptionVal;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import dev.weft.wasi.http.HttpField;
import java.util.List;
import java.util.Optional;

/**
 * {@code wasi:http/types} glue for bodies and futures: {@code incoming-body}, {@code future-trailers},
 * {@code outgoing-body}, {@code future-incoming-response}.
 */
final class BodiesP2 {
    private BodiesP2() {
    }

    static void define(LinkerInstance types, HttpResources r) {
        var in = r.incomingBody();
        types.function("[method]incoming-body.stream", a -> one(in.get(a.get(0)).stream()
                .map(s -> WasiVals.ok(r.io().inputStream().own(s))).orElse(HttpVals.errUnit())));
        types.function("[static]incoming-body.finish", a -> {
            IncomingBody body = in.get(a.get(0));
            if (body.streamAlive()) {
                throw new Trap("incoming-body.finish: the body's input-stream is still alive (drop it first)");
            }
            return one(r.futureTrailers().own(body.finish()));
        });
        var trailers = r.futureTrailers();
        types.function("[method]future-trailers.subscribe",
                a -> one(r.io().pollable().own(trailers.get(a.get(0)).pollable())));
        types.function("[method]future-trailers.get", a -> one(switch (trailers.get(a.get(0)).get()) {
            case FutureTrailers.Outcome.Pending p -> WasiVals.none();
            case FutureTrailers.Outcome.Taken t -> WasiVals.some(HttpVals.errUnit());
            case FutureTrailers.Outcome.Failed f -> WasiVals.some(WasiVals.ok(WasiVals.err(f.error().toVal())));
            case FutureTrailers.Outcome.Ready ready -> WasiVals.some(WasiVals.ok(WasiVals.ok(new OptionVal(
                    ready.trailers().map(t -> r.fields().own(t)).map(Val.class::cast)))));
        }));
        var out = r.outgoingBody();
        types.function("[method]outgoing-body.write", a -> one(out.get(a.get(0)).write()
                .map(s -> WasiVals.ok(r.io().outputStream().own(s))).orElse(HttpVals.errUnit())));
        types.function("[static]outgoing-body.finish", a -> {
            OutgoingBody body = out.get(a.get(0));
            if (body.streamAlive()) {
                throw new Trap("outgoing-body.finish: the body's output-stream is still alive (drop it first)");
            }
            Optional<Val> given = HttpVals.option(a.get(1));
            List<HttpField> fields = given.isEmpty() ? List.of() : r.fields().get(given.get()).entries();
            return one(body.finish(fields).map(e -> WasiVals.err(e.toVal())).orElse(WasiVals.ok()));
        });
        var future = r.futureIncomingResponse();
        types.function("[method]future-incoming-response.subscribe",
                a -> one(r.io().pollable().own(future.get(a.get(0)).pollable())));
        types.function("[method]future-incoming-response.get", a -> one(switch (future.get(a.get(0)).get()) {
            case FutureIncomingResponse.Outcome.Pending p -> WasiVals.none();
            case FutureIncomingResponse.Outcome.Taken t -> WasiVals.some(HttpVals.errUnit());
            case FutureIncomingResponse.Outcome.Failed f ->
                    WasiVals.some(WasiVals.ok(WasiVals.err(f.error().toVal())));
            case FutureIncomingResponse.Outcome.Ready ready ->
                    WasiVals.some(WasiVals.ok(WasiVals.ok(r.incomingResponse().own(ready.response()))));
        }));
    }

}
