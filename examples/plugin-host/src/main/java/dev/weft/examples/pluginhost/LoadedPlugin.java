package dev.weft.examples.pluginhost;

import dev.weft.bindings.Result;
import dev.weft.error.WeftException;
import dev.weft.examples.pluginhost.bindings.Plugin;
import dev.weft.examples.pluginhost.bindings.TextPluginWorld;
import dev.weft.error.Trap;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Limits;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One plugin: its compiled component and a live instance under the host's {@link Limits}, called on a thread of
 * its own (a large stack, for JavaScript engines that recurse deeply). A call that traps, or that a limit stops
 * (the per-call timeout, the memory cap), ends as {@link Outcome.Crashed}; the host carries on with a fresh
 * instance. A thread that still does not return a while after the timeout is interrupted and abandoned.
 */
public final class LoadedPlugin implements AutoCloseable {
    private final String file;
    private final InstancePre pre;
    private final Limits limits;
    private final Duration deadline;
    private ExecutorService thread = newThread();
    private TextPluginWorld world;
    private Plugin.Info info;

    LoadedPlugin(String file, InstancePre pre, Limits limits) throws WeftException {
        this.file = file;
        this.pre = pre;
        this.limits = limits;
        this.deadline = limits.timeout().orElse(Duration.ofSeconds(60)).plusSeconds(5);
        this.world = onGuestThread(() -> TextPluginWorld.instantiate(pre, limits));
        this.info = onGuestThread(() -> world.plugin().describe());
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(null, task, "plugin-guest", 256L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /** What the plugin says it is ({@code describe}). */
    public Plugin.Info info() {
        return info;
    }

    public String file() {
        return file;
    }

    /** Calls {@code process} with a borrowed handle to {@code store}. */
    public Outcome process(MemoryKv store, String input) {
        try {
            Result<String, String> result = onGuestThread(() -> world.plugin().process(store, input));
            return switch (result) {
                case Result.Ok<String, String>(String text) -> new Outcome.Output(text);
                case Result.Err<String, String>(String message) -> new Outcome.Refused(message);
            };
        } catch (WeftException | RuntimeException e) {
            String reason = e instanceof Trap trap ? trap.kind() + ": " + trap.getMessage() : e.getMessage();
            try {
                world = onGuestThread(() -> TextPluginWorld.instantiate(pre, limits));
            } catch (WeftException | RuntimeException again) {
                reason += " (and re-instantiating failed: " + again.getMessage() + ")";
            }
            return new Outcome.Crashed(reason);
        }
    }

    private <T> T onGuestThread(Callable<T> call) throws WeftException {
        Future<T> future = thread.submit(call);
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);            // interrupts the guest: compiled wasm checks the interrupt flag
            thread.shutdownNow();
            thread = newThread();
            throw new IllegalStateException(file + " ran past its " + deadline.toMillis() + " ms deadline");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WeftException w) {
                throw w;
            }
            throw new IllegalStateException(file + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + file, e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
