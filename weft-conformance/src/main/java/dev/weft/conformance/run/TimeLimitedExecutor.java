package dev.weft.conformance.run;

import dev.weft.conformance.wast.Action;
import dev.weft.error.WeftException;
import dev.weft.value.Val;
import java.util.List;
import java.util.Optional;

/**
 * Runs another executor's sessions under a {@link TimeLimit}, so a guest that never returns fails its directive
 * ({@link TimeLimit.TimeoutExceededException}, reported as a crash) instead of stalling the run.
 */
public final class TimeLimitedExecutor implements ScriptExecutor {
    private final ScriptExecutor delegate;
    private final TimeLimit limit;

    public TimeLimitedExecutor(ScriptExecutor delegate, TimeLimit limit) {
        this.delegate = delegate;
        this.limit = limit;
    }

    @Override
    public ScriptSession open(String scriptId) {
        ScriptSession session = delegate.open(scriptId);
        return new ScriptSession() {
            @Override
            public void define(Optional<String> id, byte[] component) throws WeftException, NotSupportedException {
                limit.call(() -> {
                    session.define(id, component);
                    return null;
                });
            }

            @Override
            public void instantiate(Optional<String> id, byte[] component)
                    throws WeftException, NotSupportedException {
                limit.call(() -> {
                    session.instantiate(id, component);
                    return null;
                });
            }

            @Override
            public void instantiateDefinition(Optional<String> instance, Optional<String> definition)
                    throws WeftException, NotSupportedException {
                limit.call(() -> {
                    session.instantiateDefinition(instance, definition);
                    return null;
                });
            }

            @Override
            public void register(String name, Optional<String> instance) throws WeftException, NotSupportedException {
                limit.call(() -> {
                    session.register(name, instance);
                    return null;
                });
            }

            @Override
            public List<Val> invoke(Action.Invoke invoke) throws WeftException, NotSupportedException {
                return limit.call(() -> session.invoke(invoke));
            }

            @Override
            public void close() {
                // on the worker thread, where the session's calls ran (its async store is that thread's)
                try {
                    limit.call(() -> {
                        session.close();
                        return null;
                    });
                } catch (WeftException | NotSupportedException | RuntimeException e) {
                    session.close();
                }
            }
        };
    }
}
