package dev.weft.wasi.http.types;

import dev.weft.runtime.HostResource;
import dev.weft.wasi.io.IoResources;

/**
 * The {@code wasi:http/types} resource types of one linker, with the {@code wasi:io} ones their streams and
 * pollables belong to. The proxy uses them to hand a request and a response-outparam to the guest.
 */
public record HttpResources(IoResources io, HostResource<Fields> fields,
        HostResource<IncomingRequest> incomingRequest, HostResource<OutgoingRequest> outgoingRequest,
        HostResource<RequestOptions> requestOptions, HostResource<ResponseOutparam> responseOutparam,
        HostResource<IncomingResponse> incomingResponse, HostResource<IncomingBody> incomingBody,
        HostResource<FutureTrailers> futureTrailers, HostResource<OutgoingResponse> outgoingResponse,
        HostResource<OutgoingBody> outgoingBody, HostResource<FutureIncomingResponse> futureIncomingResponse) {

    public static HttpResources create(IoResources io) {
        return new HttpResources(io,
                HostResource.of("fields", Fields.class),
                HostResource.of("incoming-request", IncomingRequest.class),
                HostResource.of("outgoing-request", OutgoingRequest.class),
                HostResource.of("request-options", RequestOptions.class),
                HostResource.of("response-outparam", ResponseOutparam.class),
                HostResource.of("incoming-response", IncomingResponse.class, IncomingResponse::dropped),
                HostResource.of("incoming-body", IncomingBody.class, IncomingBody::dropped),
                HostResource.of("future-trailers", FutureTrailers.class),
                HostResource.of("outgoing-response", OutgoingResponse.class),
                HostResource.of("outgoing-body", OutgoingBody.class, OutgoingBody::dropped),
                HostResource.of("future-incoming-response", FutureIncomingResponse.class,
                        FutureIncomingResponse::dropped));
    }
}
