package dev.weft.bench;

import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.Engine;
import dev.weft.runtime.InstancePre;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm instantiation of the all-types component from an {@link InstancePre} (code compiled once): fresh memories,
 * tables, data segments and the SpiderMonkey start-up (wizer snapshot) per instance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xss512m"})
public class InstantiateBenchmark {
    private InstancePre pre;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        pre = AllTypesComponent.prepare(Engine.create());
    }

    @Benchmark
    public ComponentInstance instantiate() throws Exception {
        return pre.instantiate();
    }

    /** Instantiation plus one first call (what a request on a fresh instance pays). */
    @Benchmark
    public Object instantiateAndCall() throws Exception {
        return pre.instantiate().function(AllTypesComponent.API, "negate").orElseThrow()
                .invoke(dev.weft.value.Val.bool(true));
    }
}
