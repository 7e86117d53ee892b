package dev.weft.wasi.http.types;

import dev.weft.wasi.http.HttpField;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code incoming-body} resource of a request the guest serves or a response it received: its stream can be
 * taken once; {@code finish} turns it into its trailers.
 */
public final class IncomingBody {
    private final BodyReader reader;
    private final Supplier<List<HttpField>> trailers;
    private boolean streamTaken;

    public IncomingBody(BodyReader reader, Supplier<List<HttpField>> trailers) {
        this.reader = reader;
        this.trailers = trailers;
    }

    /** {@code stream}: the body's input stream, the first time only. */
    public Optional<BodyReader> stream() {
        if (streamTaken) {
            return Optional.empty();
        }
        streamTaken = true;
        return Optional.of(reader);
    }

    /**
     * Whether the guest took the stream and has not dropped it. Wasmtime makes the stream a child of the body, so
     * {@code finish} while the guest still holds it traps.
     */
    public boolean streamAlive() {
        return streamTaken && !reader.isDropped();
    }

    /** {@code finish}: the trailers, once the rest of the body (unread data is dropped) has arrived. */
    public FutureTrailers finish() {
        reader.abandon();
        return new FutureTrailers(reader, trailers);
    }

    /** The request is over: stop reading (see {@link BodyReader#stop}). */
    public void release() {
        reader.stop();
    }

    /** The guest dropped the body without finishing it. */
    public void dropped() {
        reader.abandon();
    }
}
