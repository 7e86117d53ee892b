package dev.weft.conformance.run;

import dev.weft.error.WeftException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs calls into code under test on a worker thread and gives up after a limit, so one hanging case cannot stall
 * a whole run. A call that times out throws {@link TimeoutExceededException}; its stuck daemon thread is abandoned
 * and later calls get a fresh worker. Calls run one at a time, always on the current worker thread.
 */
public final class TimeLimit {
    private final Duration limit;
    private ExecutorService worker = newWorker();

    public TimeLimit(Duration limit) {
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** A call that may fail the way code under test fails. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws WeftException, NotSupportedException;
    }

    public synchronized <T> T call(Call<T> call) throws WeftException, NotSupportedException {
        Future<T> future = worker.submit(call::call);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new TimeoutExceededException("no result within " + limit.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutExceededException("interrupted while waiting for a result");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case WeftException weft -> throw weft;
                case NotSupportedException notSupported -> throw notSupported;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException("unexpected checked exception", e.getCause());
            }
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(null, runnable, "weft-conformance-worker", 64L << 20);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A call that produced no result in time. */
    public static final class TimeoutExceededException extends RuntimeException {
        public TimeoutExceededException(String message) {
            super(message);
        }
    }
}
