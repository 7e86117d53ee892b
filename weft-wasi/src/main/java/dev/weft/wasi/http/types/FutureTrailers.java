package dev.weft.wasi.http.types;

import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.io.Pollable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code future-trailers} resource: the trailers of an incoming body, ready once the body has ended. The result
 * can be taken once ({@code get} then answers {@code some(err)}).
 */
public final class FutureTrailers {
    /** What {@code get} returns while the future is pending, the first time it is ready, and after that. */
    public sealed interface Outcome {
        /** The body has not ended yet. */
        record Pending() implements Outcome {
        }

        /** The trailers (absent when there were none). */
        record Ready(Optional<Fields> trailers) implements Outcome {
        }

        /** The body failed. */
        record Failed(ErrorCode error) implements Outcome {
        }

        /** The result was already taken. */
        record Taken() implements Outcome {
        }
    }

    private final BodyReader body;
    private final Supplier<List<HttpField>> trailers;
    private boolean taken;

    public FutureTrailers(BodyReader body, Supplier<List<HttpField>> trailers) {
        this.body = body;
        this.trailers = trailers;
    }

    public Pollable pollable() {
        return body::nanosUntilEnded;
    }

    public Outcome get() {
        if (taken) {
            return new Outcome.Taken();
        }
        if (!body.ended()) {
            return new Outcome.Pending();
        }
        taken = true;
        Optional<ErrorCode> failure = body.failure();
        if (failure.isPresent()) {
            return new Outcome.Failed(failure.get());
        }
        List<HttpField> fields;
        try {
            fields = trailers.get();
        } catch (RuntimeException e) {
            return new Outcome.Failed(ErrorCode.InternalError.of("reading trailers failed: " + e.getMessage()));
        }
        return new Outcome.Ready(fields.isEmpty() ? Optional.empty() : Optional.of(Fields.immutable(fields)));
    }
}
