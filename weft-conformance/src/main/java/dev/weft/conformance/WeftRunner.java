package dev.weft.conformance;

import dev.weft.conformance.convert.BinaryCache;
import dev.weft.conformance.convert.JcoTextConverter;
import dev.weft.conformance.run.ConformanceRunner;
import dev.weft.conformance.run.ScriptExecutor;
import dev.weft.conformance.run.SkipPolicy;
import dev.weft.conformance.run.TimeLimit;
import dev.weft.conformance.run.TimeLimitedExecutor;

/**
 * The runner both entry points ({@code ./run-conformance}, the JUnit suite) use: Weft's checker and the executor
 * found on the classpath, each call limited to {@link WeftChecker#LIMIT}, and jco for text forms.
 */
public final class WeftRunner {
    private WeftRunner() {
    }

    public static ConformanceRunner create(RepoLayout layout, SkipPolicy policy) {
        TimeLimit limit = new TimeLimit(WeftChecker.LIMIT);
        return new ConformanceRunner(WeftChecker.timeLimited(limit),
                new JcoTextConverter(layout.nodeModules(), new BinaryCache(layout.cache())), policy,
                ScriptExecutor.discover().map(executor -> new TimeLimitedExecutor(executor, limit)));
    }
}
