package dev.weft.wasi.http.types;

import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;

/** Defines {@code wasi:http/types@VERSION} (every resource, method and function of the 0.2 interface). */
public final class TypesP2 {
    private TypesP2() {
    }

    public static void define(Linker linker, String version, HttpResources r) {
        LinkerInstance types = linker.instance("wasi:http/types@" + version)
                .resource("fields", r.fields())
                .resource("incoming-request", r.incomingRequest())
                .resource("outgoing-request", r.outgoingRequest())
                .resource("request-options", r.requestOptions())
                .resource("response-outparam", r.responseOutparam())
                .resource("incoming-response", r.incomingResponse())
                .resource("incoming-body", r.incomingBody())
                .resource("future-trailers", r.futureTrailers())
                .resource("outgoing-response", r.outgoingResponse())
                .resource("outgoing-body", r.outgoingBody())
                .resource("future-incoming-response", r.futureIncomingResponse());
        FieldsP2.define(types, r);
        MessagesP2.define(types, r);
        BodiesP2.define(types, r);
    }
}
