package dev.weft.wasi.io;

import dev.weft.runtime.HostResource;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import dev.weft.wasi.WasiVals;
import java.util.Optional;

/** The {@code wasi:io} resource types, shared by every interface that hands out streams and pollables. */
public record IoResources(HostResource<IoError> error, HostResource<Pollable> pollable,
        HostResource<HostInputStream> inputStream, HostResource<HostOutputStream> outputStream) {

    public static IoResources create() {
        return new IoResources(HostResource.of("error", IoError.class), HostResource.of("pollable", Pollable.class),
                HostResource.of("input-stream", HostInputStream.class, HostInputStream::close),
                HostResource.of("output-stream", HostOutputStream.class, HostOutputStream::close));
    }

    /** {@code err(stream-error)} for a failed stream operation. */
    public Val streamError(StreamException e) {
        if (e.isClosed()) {
            return WasiVals.err(new VariantVal("closed", Optional.empty()));
        }
        return WasiVals.err(new VariantVal("last-operation-failed",
                Optional.of(error.own(e.error().orElse(IoError.of("failed"))))));
    }
}
