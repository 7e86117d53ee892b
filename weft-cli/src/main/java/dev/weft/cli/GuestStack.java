package dev.weft.cli;

import dev.weft.error.WeftException;
import java.util.concurrent.atomic.AtomicReference;

/** Runs guest code on a thread with a large stack: SpiderMonkey-based components (componentize-js) recurse deeply. */
final class GuestStack {
    static final long STACK_BYTES = 512L << 20;

    @FunctionalInterface
    interface GuestTask<T> {
        T run() throws WeftException;
    }

    private GuestStack() {
    }

    static <T> T run(GuestTask<T> task) throws WeftException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(task.run());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "weft-guest", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted");
        }
        switch (failure.get()) {
            case null -> {
                return result.get();
            }
            case WeftException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            case Throwable t -> throw new IllegalStateException(t);
        }
    }
}
