package dev.weft.wasi.http.outbound;

import static dev.weft.wasi.WasiVals.one;

import dev.weft.runtime.Linker;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import dev.weft.wasi.http.types.FutureIncomingResponse;
import dev.weft.wasi.http.types.HttpResources;
import dev.weft.wasi.http.types.HttpVals;
import dev.weft.wasi.http.types.RequestOptions;
import java.util.Optional;

/** Defines {@code wasi:http/outgoing-handler@VERSION}: {@code handle} through a {@link JdkHttpSender}. */
public final class OutgoingHandlerP2 {
    private OutgoingHandlerP2() {
    }

    public static void define(Linker linker, String version, HttpResources r, JdkHttpSender sender) {
        linker.instance("wasi:http/outgoing-handler@" + version).function("handle", a -> {
            var request = r.outgoingRequest().get(a.get(0));
            Optional<Val> given = HttpVals.option(a.get(1));
            RequestOptions options = given.isEmpty() ? new RequestOptions() : r.requestOptions().get(given.get());
            FutureIncomingResponse future = sender.send(request, options);
            if (future.immediateError().isPresent()) {
                return one(WasiVals.err(future.immediateError().get().toVal()));
            }
            return one(WasiVals.ok(r.futureIncomingResponse().own(future)));
        });
    }
}
