package dev.weft.testkit;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One thread with a large stack for guest code (SpiderMonkey recurses deeply), reused across tests. */
public final class GuestThread implements AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            task -> new Thread(null, task, "weft-guest", 256L << 20));

    public <T> T run(Callable<T> task) throws Exception {
        try {
            return executor.submit(task).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
