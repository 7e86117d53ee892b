package dev.weft.wasi.http.types;

import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.Poller;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The {@code future-incoming-response} resource: the response to an outgoing request, or the error that prevented
 * it. The result can be taken once.
 */
public final class FutureIncomingResponse {
    /** What {@code get} returns. */
    public sealed interface Outcome {
        /** Not there yet. */
        record Pending() implements Outcome {
        }

        record Ready(IncomingResponse response) implements Outcome {
        }

        record Failed(ErrorCode error) implements Outcome {
        }

        /** Already taken. */
        record Taken() implements Outcome {
        }
    }

    /** The result of an exchange: a response or an error. */
    public sealed interface Result {
        record Response(IncomingResponse response) implements Result {
        }

        record Error(ErrorCode error) implements Result {
        }
    }

    private final CompletableFuture<Result> result;
    private final Optional<ErrorCode> immediateError;
    private boolean taken;

    public FutureIncomingResponse(CompletableFuture<Result> result) {
        this(result, Optional.empty());
    }

    private FutureIncomingResponse(CompletableFuture<Result> result, Optional<ErrorCode> immediateError) {
        this.result = result;
        this.immediateError = immediateError;
        result.whenComplete((r, e) -> Poller.wake());
    }

    /**
     * A request refused before it was sent (denied, invalid URI): {@code outgoing-handler.handle} returns the
     * error itself instead of a future.
     */
    public static FutureIncomingResponse failed(ErrorCode error) {
        return new FutureIncomingResponse(CompletableFuture.completedFuture(new Result.Error(error)),
                Optional.of(error));
    }

    /** The error of a request refused before it was sent. */
    public Optional<ErrorCode> immediateError() {
        return immediateError;
    }

    public Pollable pollable() {
        return () -> result.isDone() ? 0 : Long.MAX_VALUE;
    }

    public Outcome get() {
        if (taken) {
            return new Outcome.Taken();
        }
        if (!result.isDone()) {
            return new Outcome.Pending();
        }
        taken = true;
        Result r;
        try {
            r = result.get();
        } catch (ExecutionException e) {
            return new Outcome.Failed(ErrorCode.InternalError.of(String.valueOf(e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed(ErrorCode.InternalError.of("interrupted"));
        }
        return switch (r) {
            case Result.Response resp -> new Outcome.Ready(resp.response());
            case Result.Error err -> new Outcome.Failed(err.error());
        };
    }

    /** The guest dropped the future: cancel the exchange if it is still running. */
    public void dropped() {
        if (taken) {
            return;
        }
        taken = true;
        if (!result.cancel(true) && result.getNow(null) instanceof Result.Response r) {
            r.response().dropped();
        }
    }
}
