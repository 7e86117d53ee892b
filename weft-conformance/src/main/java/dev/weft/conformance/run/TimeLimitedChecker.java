package dev.weft.conformance.run;

import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs another checker on a worker thread and gives up after a time limit, so one hanging case cannot stall a
 * whole run. A case that times out is reported as a crash ({@link CheckTimeoutException}); its stuck daemon thread
 * is abandoned and later cases get a fresh one.
 */
public final class TimeLimitedChecker implements ComponentChecker {
    private final ComponentChecker delegate;
    private final Duration limit;
    private ExecutorService worker = newWorker();

    public TimeLimitedChecker(ComponentChecker delegate, Duration limit) {
        this.delegate = delegate;
        this.limit = limit;
    }

    @Override
    public void check(byte[] binary) throws DecodeException, ValidationException {
        Future<?> future = worker.submit(() -> {
            delegate.check(binary);
            return null;
        });
        try {
            future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new CheckTimeoutException("no verdict within " + limit.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckTimeoutException("interrupted while waiting for a verdict");
        } catch (ExecutionException e) {
            rethrow(e.getCause());
        }
    }

    private static void rethrow(Throwable cause) throws DecodeException, ValidationException {
        switch (cause) {
            case DecodeException decode -> throw decode;
            case ValidationException validation -> throw validation;
            case RuntimeException runtime -> throw runtime;
            case Error error -> throw error;
            default -> throw new IllegalStateException("checker threw " + cause, cause);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(null, runnable, "weft-conformance-check", 64L << 20);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A check that produced no verdict in time. */
    public static final class CheckTimeoutException extends RuntimeException {
        public CheckTimeoutException(String message) {
            super(message);
        }
    }
}
